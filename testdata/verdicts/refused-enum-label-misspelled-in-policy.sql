CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE t (id int, m mood);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_p ON t USING (m = 'glad');
