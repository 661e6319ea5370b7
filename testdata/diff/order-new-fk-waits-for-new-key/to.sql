-- a new table references a key added to an existing table in the same migration: the foreign key waits for the key
CREATE TABLE r (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE o (r_id int REFERENCES r (id), r_code text REFERENCES r (code));
