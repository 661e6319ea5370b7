CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE DOMAIN mood_d AS mood;
CREATE TYPE feeling AS (m mood_d, note text);
CREATE DOMAIN feeling_d AS feeling;
CREATE TABLE diary (id integer PRIMARY KEY, f feeling_d);
