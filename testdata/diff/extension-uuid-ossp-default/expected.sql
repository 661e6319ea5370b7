CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

CREATE TABLE sessions (
    id uuid DEFAULT uuid_generate_v4() NOT NULL,
    token text NOT NULL,
    CONSTRAINT sessions_pkey PRIMARY KEY (id)
);
