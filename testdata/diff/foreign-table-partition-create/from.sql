-- foreign tables as partitions of a partitioned table (CREATE FOREIGN
-- TABLE ... PARTITION OF): created after the parent, with what they add to
-- the parent's columns; dropped before it
CREATE FOREIGN DATA WRAPPER wrap;
CREATE SERVER remote FOREIGN DATA WRAPPER wrap;
CREATE TABLE measurements (
    id bigint NOT NULL,
    region text NOT NULL,
    qty integer DEFAULT 3,
    note text,
    CONSTRAINT measurements_qty_check CHECK (qty > 0)
) PARTITION BY LIST (region);
CREATE TABLE measurements_eu PARTITION OF measurements FOR VALUES IN ('eu');
