ALTER DOMAIN name_t DROP CONSTRAINT not_blank;

ALTER DOMAIN name_t ADD CONSTRAINT not_blank CHECK (value <> '') NOT VALID;

ALTER DOMAIN pct DROP CONSTRAINT pct_check;

ALTER DOMAIN pct DROP CONSTRAINT upper_bound;

ALTER DOMAIN pct ADD CONSTRAINT upper_bound CHECK (value <= 1000);

ALTER DOMAIN qty VALIDATE CONSTRAINT qty_positive;

ALTER DOMAIN qty ADD CONSTRAINT qty_check CHECK (value < 1000000);

COMMENT ON CONSTRAINT upper_bound ON DOMAIN pct IS 'at most ten times all';
