ALTER TABLE prices ALTER COLUMN amount TYPE numeric(12,4);

-- schemac: destructive: column prices.rate changes type: numbers are rounded to the new precision
ALTER TABLE prices ALTER COLUMN rate TYPE numeric(8,6);

ALTER TABLE prices ALTER COLUMN ratio TYPE double precision;
