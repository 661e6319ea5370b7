-- events turned into a plain table (dropped and created again, its
-- sequence with it); events_login kept as a table of its own, with its
-- own serial sequence and no foreign key. Detached, it would keep the
-- parent's default (which depends on the parent's sequence: DROP TABLE of
-- the parent is refused) and the parent's foreign key
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE events (
    id serial NOT NULL,
    account_id integer REFERENCES accounts,
    kind text NOT NULL
);
CREATE TABLE events_login (
    id serial NOT NULL,
    account_id integer,
    kind text NOT NULL
);
