-- domain defaults set, changed and dropped; NOT NULL set and dropped
CREATE DOMAIN score AS integer DEFAULT 10 NOT NULL;
CREATE DOMAIN label AS text DEFAULT 'none';
CREATE DOMAIN code AS varchar(10);
CREATE TABLE games (id integer PRIMARY KEY, s score, l label, c code);
