CREATE TABLE users (id bigint PRIMARY KEY, nickname text, email text NOT NULL);
