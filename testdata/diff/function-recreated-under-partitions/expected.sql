ALTER TABLE readings ALTER COLUMN level DROP DEFAULT;

ALTER TABLE readings DROP CONSTRAINT readings_level_check;

ALTER TABLE readings_high ALTER COLUMN level DROP DEFAULT;

ALTER TABLE readings_low ALTER COLUMN level DROP DEFAULT;

DROP INDEX readings_level_idx;

DROP FUNCTION base_level(integer);

CREATE FUNCTION base_level(n int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT n $$;

ALTER TABLE readings ALTER COLUMN level SET DEFAULT base_level(1);

ALTER TABLE readings_high ALTER COLUMN level SET DEFAULT base_level(1);

ALTER TABLE readings_low ALTER COLUMN level SET DEFAULT 5;

ALTER TABLE readings ADD CONSTRAINT readings_level_check CHECK (level <= base_level(100));

CREATE INDEX readings_level_idx ON ONLY readings ((level + base_level(0)));

CREATE INDEX readings_high_expr_idx ON readings_high ((level + base_level(0)));

CREATE INDEX readings_low_expr_idx ON readings_low ((level + base_level(0)));

ALTER INDEX readings_level_idx ATTACH PARTITION readings_high_expr_idx;

ALTER INDEX readings_level_idx ATTACH PARTITION readings_low_expr_idx;
