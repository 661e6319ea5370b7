-- a schema dropped with everything in it, in dependency order
CREATE TABLE users (id bigint PRIMARY KEY);
