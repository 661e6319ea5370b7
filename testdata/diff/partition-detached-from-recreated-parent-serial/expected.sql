ALTER TABLE events_login ALTER COLUMN id DROP DEFAULT;

ALTER TABLE events DROP CONSTRAINT events_account_id_fkey;

ALTER TABLE events DETACH PARTITION events_login;

-- schemac: destructive: table events and all its rows (created again: its partitioning changes)
DROP TABLE events;

CREATE SEQUENCE events_login_id_seq AS integer;

CREATE TABLE events (
    id serial,
    account_id integer,
    kind text NOT NULL,
    CONSTRAINT events_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id)
);

ALTER TABLE events_login ALTER COLUMN id SET DEFAULT nextval('events_login_id_seq'::regclass);

ALTER SEQUENCE events_login_id_seq OWNED BY events_login.id;
