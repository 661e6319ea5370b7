CREATE EXTENSION btree_gist;
CREATE TABLE t (id int, room int, during tsrange, cancelled boolean);
ALTER TABLE t ADD CONSTRAINT t_excl EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (cancelled);
