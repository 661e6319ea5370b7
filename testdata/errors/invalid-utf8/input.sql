-- a file saved as Latin-1: PostgreSQL refuses it
CREATE TABLE cafes (
    name text DEFAULT 'café'
);
