CREATE TABLE t (id bigint PRIMARY KEY, name varchar(20), n int, note text);
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint);
CREATE TYPE mood AS ENUM ('a', 'b');
