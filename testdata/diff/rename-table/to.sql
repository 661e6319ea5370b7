-- a table renamed with a directive: ALTER TABLE RENAME keeps its rows and the foreign key to it
-- schemac:renamed-from people
CREATE TABLE persons (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE pets (id bigint PRIMARY KEY, owner_id bigint REFERENCES persons (id));
