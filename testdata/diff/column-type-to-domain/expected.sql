CREATE DOMAIN name_t AS text;

CREATE DOMAIN positive AS integer
    CONSTRAINT positive_check CHECK (value > 0);

ALTER TABLE items ALTER COLUMN qty DROP DEFAULT;

ALTER TABLE items ALTER COLUMN code TYPE text;

-- schemac: destructive: column items.name changes type: values are converted with a cast; values that do not convert fail the migration
ALTER TABLE items ALTER COLUMN name TYPE name_t USING name::text::name_t;

-- schemac: destructive: column items.qty changes type: values are converted with a cast; values that do not convert fail the migration
ALTER TABLE items ALTER COLUMN qty TYPE positive USING qty::text::positive;

ALTER TABLE items ALTER COLUMN qty SET DEFAULT 1;

DROP DOMAIN old_code;
