CREATE TABLE counters (
    id serial,
    big bigserial,
    small smallserial,
    CONSTRAINT counters_pkey PRIMARY KEY (id)
);
