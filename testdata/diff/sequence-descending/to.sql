-- a descending sequence (its default bounds and start differ)
CREATE TABLE t (id integer);
CREATE SEQUENCE countdown_seq INCREMENT BY -1;
CREATE SEQUENCE countdown_small_seq AS smallint INCREMENT BY -5 MINVALUE -1000 MAXVALUE -1;
