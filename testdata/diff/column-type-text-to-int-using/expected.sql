-- schemac: destructive: column products.code changes type: values are converted with a cast; values that do not convert fail the migration
ALTER TABLE products ALTER COLUMN code TYPE integer USING code::integer;
