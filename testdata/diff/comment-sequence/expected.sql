COMMENT ON SEQUENCE invoice_seq IS 'invoice numbers, never reused';
