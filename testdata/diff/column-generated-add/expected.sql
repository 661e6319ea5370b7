ALTER TABLE items ADD COLUMN total numeric GENERATED ALWAYS AS (qty * price) STORED;
