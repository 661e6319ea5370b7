-- the parent loses the column, the child keeps it as its own: ALTER TABLE
-- ONLY drops it from the parent alone, and the child's column becomes
-- locally defined (ALTER TABLE, DROP COLUMN); a plain DROP COLUMN would
-- take it from the child too. Inherited columns come first, then the
-- child's own in the order written, where legacy_flag already was
CREATE TABLE audited (
    created_at timestamp DEFAULT now()
);
CREATE TABLE invoices (
    legacy_flag integer,
    id integer,
    total numeric
) INHERITS (audited);
