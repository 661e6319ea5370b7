DROP VIEW v;

DROP FUNCTION g(st);

DROP FUNCTION f(pt);

ALTER TABLE t DROP COLUMN is_a;

ALTER TYPE st_d RENAME TO st_d_old;

ALTER TYPE pt RENAME TO pt_old;

-- schemac: destructive: enum st loses 'b'; rows holding them fail the migration
ALTER TYPE st RENAME TO st_old;

CREATE TYPE pt AS (
    x bigint,
    y integer
);

CREATE TYPE st AS ENUM ('a', 'c');

CREATE DOMAIN st_d AS st;

CREATE FUNCTION f(x pt) RETURNS int LANGUAGE sql AS $$SELECT ($1).x$$;

CREATE FUNCTION g(x st) RETURNS text LANGUAGE sql AS $$SELECT $1::text$$;

ALTER TABLE t ALTER COLUMN sd DROP DEFAULT;

ALTER TABLE parts ALTER COLUMN p TYPE pt USING p::text::pt;

ALTER TABLE t ALTER COLUMN p TYPE pt USING p::text::pt;

ALTER TABLE t ALTER COLUMN s TYPE st USING s::text::st;

ALTER TABLE t ALTER COLUMN sd TYPE st_d USING sd::text::st_d;

ALTER TABLE t ADD COLUMN is_a boolean GENERATED ALWAYS AS (s = 'a') STORED;

ALTER TABLE t ALTER COLUMN sd SET DEFAULT 'a';

CREATE VIEW v AS SELECT t.id, t.s FROM t;

GRANT USAGE ON TYPE pt TO anon;

REVOKE USAGE ON TYPE st_d FROM PUBLIC;

DROP DOMAIN st_d_old;

DROP TYPE pt_old;

DROP TYPE st_old;

COMMENT ON TYPE st IS 'status';
