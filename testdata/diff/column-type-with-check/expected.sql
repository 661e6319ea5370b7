ALTER TABLE line_items DROP CONSTRAINT line_items_qty_check;

ALTER TABLE line_items DROP CONSTRAINT line_items_qty_max;

ALTER TABLE line_items ALTER COLUMN qty TYPE numeric(10,2);

ALTER TABLE line_items ADD CONSTRAINT line_items_qty_check CHECK (qty > 0);

ALTER TABLE line_items ADD CONSTRAINT line_items_qty_max CHECK (qty < 1000);
