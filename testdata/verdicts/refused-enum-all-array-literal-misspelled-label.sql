CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE t (id int, m mood CHECK (m <> ALL ('{happy,glad}')));
