-- a serial column added to an existing table
CREATE TABLE tickets (id integer PRIMARY KEY, seq_no bigserial);
