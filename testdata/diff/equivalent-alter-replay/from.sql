CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    score integer DEFAULT 10
);
CREATE INDEX users_email_idx ON users (email);
