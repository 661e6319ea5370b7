-- the extension is updated in place; pg_dump does not print versions, so
-- the oracle sees only that the column still has its type
CREATE EXTENSION citext VERSION '1.6';
CREATE TABLE users (id bigint PRIMARY KEY, email citext NOT NULL);
