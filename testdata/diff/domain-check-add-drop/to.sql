-- domain checks added, dropped, changed (drop and add), made NOT VALID,
-- and validated
CREATE DOMAIN pct AS numeric CONSTRAINT upper_bound CHECK (VALUE <= 1000);
CREATE DOMAIN name_t AS text;
ALTER DOMAIN name_t ADD CONSTRAINT not_blank CHECK (VALUE <> '') NOT VALID;
CREATE DOMAIN qty AS integer CONSTRAINT qty_positive CHECK (VALUE > 0);
ALTER DOMAIN qty ADD CHECK (VALUE < 1000000);
CREATE DOMAIN later AS integer;
ALTER DOMAIN later ADD CONSTRAINT later_check CHECK (VALUE > 0) NOT VALID;
COMMENT ON CONSTRAINT upper_bound ON DOMAIN pct IS 'at most ten times all';
CREATE TABLE t (a pct, b name_t, c qty, d later);
