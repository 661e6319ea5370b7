CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (id integer PRIMARY KEY, no bigint DEFAULT nextval('ticket_seq'));
