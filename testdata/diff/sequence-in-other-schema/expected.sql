CREATE SEQUENCE app.global_id_seq CACHE 10;

CREATE TABLE things (
    id bigint DEFAULT nextval('app.global_id_seq') NOT NULL,
    CONSTRAINT things_pkey PRIMARY KEY (id)
);
