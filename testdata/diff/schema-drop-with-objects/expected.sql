-- schemac: destructive: table invoices and all its rows
DROP TABLE billing.invoices;

-- schemac: destructive: sequence invoice_no_seq and its current value
DROP SEQUENCE billing.invoice_no_seq;

DROP TYPE billing.invoice_state;

-- schemac: destructive: schema billing
DROP SCHEMA billing;
