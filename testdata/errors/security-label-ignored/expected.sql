CREATE TABLE secrets (
    id integer
);
