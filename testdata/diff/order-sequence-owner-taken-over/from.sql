CREATE SEQUENCE shared_seq;
CREATE TABLE a (id bigint DEFAULT nextval('shared_seq'));
ALTER SEQUENCE shared_seq OWNED BY a.id;
CREATE SEQUENCE col_seq;
CREATE TABLE b (new_id bigint, old_id bigint DEFAULT nextval('col_seq'));
ALTER SEQUENCE col_seq OWNED BY b.old_id;
