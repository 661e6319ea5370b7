CREATE TYPE size AS ENUM ('small', 'large', 'medium');
CREATE TABLE shirts (id integer PRIMARY KEY, size size);
CREATE INDEX shirts_size_idx ON shirts (size);
