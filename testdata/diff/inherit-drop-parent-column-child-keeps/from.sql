-- a child table has a column from its parent only (INHERITS)
CREATE TABLE audited (
    created_at timestamp DEFAULT now(),
    legacy_flag integer
);
CREATE TABLE invoices (
    id integer,
    total numeric
) INHERITS (audited);
