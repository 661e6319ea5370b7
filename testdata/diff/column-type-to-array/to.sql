-- a scalar column becomes an array (USING), an int array becomes bigint[]
CREATE TABLE posts (id integer PRIMARY KEY, tag text[], scores bigint[]);
