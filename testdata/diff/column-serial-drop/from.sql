CREATE TABLE tickets (id integer PRIMARY KEY, seq_no serial);
