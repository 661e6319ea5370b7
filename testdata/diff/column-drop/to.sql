-- a column in the middle dropped
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
