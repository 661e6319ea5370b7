ALTER TABLE app.items ADD COLUMN price numeric(10,2);

ALTER TABLE app.items ALTER COLUMN name SET NOT NULL;
