-- a primary key dropped while its column stays NOT NULL
CREATE TABLE tags (id integer NOT NULL, name text);
