CREATE TABLE t (s mood);
CREATE TYPE mood AS ENUM ('happy', 'sad');
