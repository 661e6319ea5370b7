-- a new sequence and a default that uses it, created in that order
CREATE SEQUENCE ticket_no_seq AS bigint START WITH 1000;
CREATE TABLE tickets (id integer PRIMARY KEY, no bigint DEFAULT nextval('ticket_no_seq'::regclass));
