CREATE TABLE sessions (id uuid NOT NULL, data jsonb);
