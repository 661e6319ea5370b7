-- enum values reordered: a type swap, with an index on the column
CREATE TYPE size AS ENUM ('small', 'medium', 'large');
CREATE TABLE shirts (id integer PRIMARY KEY, size size);
CREATE INDEX shirts_size_idx ON shirts (size);
