CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE CHECK (email LIKE '%@%'),
    name text
);
CREATE INDEX users_lower_email_idx ON users (lower(email));
