ALTER SEQUENCE col_seq OWNED BY NONE;

ALTER SEQUENCE shared_seq OWNED BY NONE;

-- schemac: destructive: table a and all its rows
DROP TABLE a;

-- schemac: destructive: column b.old_id and its data
ALTER TABLE b DROP COLUMN old_id;

CREATE TABLE a2 (
    id bigint DEFAULT nextval('shared_seq')
);

ALTER TABLE b ALTER COLUMN new_id SET DEFAULT nextval('col_seq');

ALTER SEQUENCE col_seq OWNED BY b.new_id;

ALTER SEQUENCE shared_seq OWNED BY a2.id;
