-- identity removed; the columns stay NOT NULL, one becomes nullable too
CREATE TABLE users (id integer PRIMARY KEY, n bigint);
