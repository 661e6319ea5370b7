CREATE EXTENSION citext VERSION '1.5';
CREATE TABLE users (id bigint PRIMARY KEY, email citext NOT NULL);
