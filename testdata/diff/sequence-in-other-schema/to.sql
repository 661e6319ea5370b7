-- a sequence in another schema, used by a default in a public table
CREATE SCHEMA app;
CREATE SEQUENCE app.global_id_seq AS bigint CACHE 10;
CREATE TABLE things (id bigint DEFAULT nextval('app.global_id_seq') PRIMARY KEY);
