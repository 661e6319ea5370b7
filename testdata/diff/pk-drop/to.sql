-- a primary key dropped; its column also becomes nullable (dropping the key alone keeps NOT NULL)
CREATE TABLE tags (id integer, name text);
