-- serial, bigserial and smallserial columns (each makes an owned sequence and a default)
CREATE TABLE counters (
    id serial PRIMARY KEY,
    big bigserial,
    small smallserial
);
