-- domains with a collation, a default, NOT NULL, named and implicitly named
-- checks (email_check, then email_check1), and a comment
CREATE DOMAIN email AS text COLLATE "C"
    CHECK (VALUE ~ '@') CONSTRAINT email_short CHECK (length(VALUE) < 200)
    CHECK (VALUE <> '');
CREATE DOMAIN score AS int DEFAULT 0 NOT NULL CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN tags AS varchar(20)[];
COMMENT ON DOMAIN email IS 'an address';
COMMENT ON CONSTRAINT email_short ON DOMAIN email IS 'short enough';
CREATE TABLE people (id integer PRIMARY KEY);
