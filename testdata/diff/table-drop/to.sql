-- a table dropped, with its index and constraint
CREATE TABLE users (id bigint PRIMARY KEY, email text);
