-- a sequence dropped after the default that uses it
CREATE TABLE tickets (id integer PRIMARY KEY, no bigint);
