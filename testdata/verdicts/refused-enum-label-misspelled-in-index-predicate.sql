CREATE TYPE status AS ENUM ('active', 'gone');
CREATE TABLE t (id integer, s status);
CREATE INDEX t_active ON t (id) WHERE s = 'actve';
