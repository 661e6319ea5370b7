CREATE EXTENSION btree_gist;
CREATE FUNCTION is_active(r int) RETURNS boolean IMMUTABLE LANGUAGE sql AS 'SELECT r > 0';
CREATE TABLE t (id int, room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (is_active(room)));
