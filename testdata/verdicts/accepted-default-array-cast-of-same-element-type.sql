CREATE TABLE t (id int, tags text[] DEFAULT '{}'::text[], codes varchar(3)[] DEFAULT '{}'::character varying[], names varchar[] DEFAULT '{}'::text[]);
