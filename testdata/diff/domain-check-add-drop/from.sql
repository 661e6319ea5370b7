CREATE DOMAIN pct AS numeric CHECK (VALUE >= 0) CONSTRAINT upper_bound CHECK (VALUE <= 100);
CREATE DOMAIN name_t AS text CONSTRAINT not_blank CHECK (VALUE <> '');
CREATE DOMAIN qty AS integer;
ALTER DOMAIN qty ADD CONSTRAINT qty_positive CHECK (VALUE > 0) NOT VALID;
CREATE DOMAIN later AS integer;
ALTER DOMAIN later ADD CONSTRAINT later_check CHECK (VALUE > 0) NOT VALID;
COMMENT ON CONSTRAINT upper_bound ON DOMAIN pct IS 'at most all';
CREATE TABLE t (a pct, b name_t, c qty, d later);
