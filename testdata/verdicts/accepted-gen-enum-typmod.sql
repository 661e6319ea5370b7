CREATE TYPE mood AS ENUM ('happy');
CREATE TABLE t (s mood[]);
