CREATE TYPE status AS ENUM ('active', 'gone');
CREATE TABLE t (id integer, s status);
CREATE VIEW v AS SELECT id FROM t WHERE s = 'actve'::status;
