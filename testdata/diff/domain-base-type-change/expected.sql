-- schemac: destructive: type code is replaced; its columns are converted through text, and values that do not convert fail the migration
ALTER TYPE code RENAME TO code_old;

-- schemac: destructive: type kind is replaced; its columns are converted through text, and values that do not convert fail the migration
ALTER TYPE kind RENAME TO kind_old;

CREATE DOMAIN code AS text DEFAULT 'none'
    CONSTRAINT code_check CHECK (value <> '');

CREATE DOMAIN kind AS text
    CONSTRAINT kind_check CHECK (value IN ('a', 'b', 'c'));

ALTER TABLE items ALTER COLUMN c DROP DEFAULT;

ALTER TABLE items ALTER COLUMN c TYPE code USING c::text::code;

ALTER TABLE items ALTER COLUMN k TYPE kind USING k::text::kind;

ALTER TABLE items ALTER COLUMN c SET DEFAULT 'x';

DROP DOMAIN code_old;

DROP TYPE kind_old;
