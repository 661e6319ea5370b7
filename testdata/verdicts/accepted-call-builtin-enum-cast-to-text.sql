CREATE TYPE mood AS ENUM ('a', 'b'); CREATE TABLE t (m mood CHECK (length(m::text) > 0));
