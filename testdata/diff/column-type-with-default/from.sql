CREATE TABLE counters (id integer PRIMARY KEY, n integer NOT NULL DEFAULT 0, label varchar(10) DEFAULT 'x');
