-- a sequence's owning table (a) is dropped while a new table takes it over;
-- another's owning column (b.old_id) is dropped while another column takes it over
CREATE SEQUENCE shared_seq;
CREATE TABLE a2 (id bigint DEFAULT nextval('shared_seq'));
ALTER SEQUENCE shared_seq OWNED BY a2.id;
CREATE SEQUENCE col_seq;
CREATE TABLE b (new_id bigint DEFAULT nextval('col_seq'));
ALTER SEQUENCE col_seq OWNED BY b.new_id;
