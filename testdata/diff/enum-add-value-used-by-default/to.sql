-- a new enum value used at once by a default (ADD VALUE cannot share a transaction with its first use)
CREATE TYPE post_status AS ENUM ('draft', 'review', 'published');
CREATE TABLE posts (id integer PRIMARY KEY, status post_status NOT NULL DEFAULT 'review');
