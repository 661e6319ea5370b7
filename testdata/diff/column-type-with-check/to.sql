-- a column used by two check constraints changes type
CREATE TABLE line_items (
    id integer PRIMARY KEY,
    qty numeric(10,2) NOT NULL CHECK (qty > 0),
    CONSTRAINT line_items_qty_max CHECK (qty < 1000)
);
