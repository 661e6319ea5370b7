CREATE EXTENSION btree_gist;
CREATE TABLE t (id int, room int, during tsrange, cancelled boolean, EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (cancelled IS NOT TRUE));
