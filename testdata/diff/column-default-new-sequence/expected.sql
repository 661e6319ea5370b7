CREATE SEQUENCE ticket_no_seq START WITH 1000;

ALTER TABLE tickets ALTER COLUMN no SET DEFAULT nextval('ticket_no_seq'::regclass);
