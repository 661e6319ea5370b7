-- a table named like another table's implicit primary key index: the key becomes items_pkey1
CREATE TABLE items_pkey (id integer);
CREATE TABLE items (id integer PRIMARY KEY);
