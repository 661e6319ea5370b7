-- users comes from ../a_tables.sql, read first; teams exists nowhere
CREATE INDEX ON users (email);
CREATE INDEX ON teams (id);
