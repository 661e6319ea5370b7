CREATE TABLE base (id integer, note text);
CREATE TABLE item (qty integer) INHERITS (base);
