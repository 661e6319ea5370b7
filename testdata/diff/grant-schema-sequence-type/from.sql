CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('happy', 'sad');
CREATE SEQUENCE app.counter;
GRANT USAGE ON SCHEMA app TO anon;
