-- a new table references a unique index that is built again: its foreign key waits for the index
CREATE TABLE p (id int NOT NULL);
CREATE UNIQUE INDEX p_id ON p (id) NULLS NOT DISTINCT;
CREATE TABLE c (p_id int REFERENCES p (id));
