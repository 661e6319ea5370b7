ALTER TABLE app.words ADD COLUMN v text COLLATE app.numeric_order;

ALTER TABLE app.words ALTER COLUMN w TYPE text COLLATE app.numeric_order;
