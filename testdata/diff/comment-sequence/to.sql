-- a sequence comment changed
CREATE SEQUENCE invoice_seq;
COMMENT ON SEQUENCE invoice_seq IS 'invoice numbers, never reused';
