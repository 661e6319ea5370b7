CREATE TABLE link (p_id bigint REFERENCES p, n int, PRIMARY KEY (p_id, n));
