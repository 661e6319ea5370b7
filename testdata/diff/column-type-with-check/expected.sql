ALTER TABLE line_items ALTER COLUMN qty TYPE numeric(10,2);
