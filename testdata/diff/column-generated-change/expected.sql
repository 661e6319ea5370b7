ALTER TABLE items DROP COLUMN total;

ALTER TABLE items ADD COLUMN total numeric GENERATED ALWAYS AS ((qty * price) * 1.2) STORED;
