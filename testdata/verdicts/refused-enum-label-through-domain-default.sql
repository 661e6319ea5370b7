CREATE TYPE status AS ENUM ('active', 'gone');
CREATE DOMAIN st AS status;
CREATE TABLE t (s st DEFAULT 'actve');
