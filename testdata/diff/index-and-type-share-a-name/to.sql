CREATE TABLE t (a int, b text);
CREATE INDEX mood ON t (a);
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE INDEX pos ON t (b);
CREATE DOMAIN pos AS int CHECK (VALUE > 0);
ALTER TABLE t ADD COLUMN m mood, ADD COLUMN p pos;
CREATE INDEX t_m_idx ON t (m);
