ALTER SEQUENCE a_id_seq OWNED BY NONE;

-- schemac: destructive: table a and all its rows
DROP TABLE a;
