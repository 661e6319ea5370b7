-- a new table references a key whose column changes type: its foreign key waits for the new type
CREATE TABLE p (code integer PRIMARY KEY);
CREATE TABLE c (p_code integer REFERENCES p (code));
