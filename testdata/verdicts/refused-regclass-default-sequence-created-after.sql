CREATE TABLE t (id bigint, name text);
ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
CREATE SEQUENCE t_id_seq;
