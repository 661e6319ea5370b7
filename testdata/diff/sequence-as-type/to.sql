-- a sequence's data type changes (its default maximum follows the type)
CREATE SEQUENCE a_seq AS bigint;
CREATE SEQUENCE b_seq AS smallint MAXVALUE 30000;
