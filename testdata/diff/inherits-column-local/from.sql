-- an inherited column also declared in the child (attislocal), and no
-- longer; a parent added to a table whose columns it gives
CREATE TABLE parent (a integer, b text);
CREATE TABLE child (a integer, c integer) INHERITS (parent);
CREATE TABLE base (id integer, note text);
CREATE TABLE item (id integer, note text, qty integer);
