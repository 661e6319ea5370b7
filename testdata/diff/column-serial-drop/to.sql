-- a serial column dropped, and its owned sequence with it
CREATE TABLE tickets (id integer PRIMARY KEY);
