CREATE DOMAIN score AS integer DEFAULT 0;
CREATE DOMAIN label AS text NOT NULL;
CREATE DOMAIN code AS varchar(10) DEFAULT 'x' NOT NULL;
CREATE TABLE games (id integer PRIMARY KEY, s score, l label, c code);
