CREATE TABLE t (id bigint, name text);
CREATE SEQUENCE t_id_seq;
ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
