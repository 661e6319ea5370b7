-- columns with defaults change type; the defaults are kept
CREATE TABLE counters (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0, label text DEFAULT 'x');
