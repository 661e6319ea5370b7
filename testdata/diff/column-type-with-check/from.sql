CREATE TABLE line_items (
    id integer PRIMARY KEY,
    qty integer NOT NULL CHECK (qty > 0),
    CONSTRAINT line_items_qty_max CHECK (qty < 1000)
);
