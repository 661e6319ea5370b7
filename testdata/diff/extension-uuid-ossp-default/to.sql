-- a quoted extension name and a column default calling its function
CREATE EXTENSION "uuid-ossp" WITH SCHEMA public;
CREATE TABLE sessions (
    id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
    token text NOT NULL
);
