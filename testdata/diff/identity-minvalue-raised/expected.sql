SELECT pg_catalog.setval('n', GREATEST(LEAST(last_value, 32767), 1), is_called AND last_value BETWEEN 1 AND 32767) FROM n;
ALTER SEQUENCE n AS smallint MAXVALUE 32767;

SELECT pg_catalog.setval('s', GREATEST(LEAST(last_value, 500), 10), is_called AND last_value BETWEEN 10 AND 500) FROM s;
ALTER SEQUENCE s MINVALUE 10 MAXVALUE 500 START WITH 10;

SELECT pg_catalog.setval('d_id_seq', GREATEST(LEAST(last_value, -10), -1000), is_called AND last_value BETWEEN -1000 AND -10) FROM d_id_seq;
ALTER TABLE d ALTER COLUMN id SET MAXVALUE -10 SET START WITH -10;

SELECT pg_catalog.setval('t_id_seq', GREATEST(LEAST(last_value, 9223372036854775807), 100), is_called AND last_value BETWEEN 100 AND 9223372036854775807) FROM t_id_seq;
ALTER TABLE t ALTER COLUMN id SET MINVALUE 100 SET START WITH 100;
