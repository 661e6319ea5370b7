CREATE COLLATION old_c (locale = 'C');
CREATE COLLATION changing (provider = libc, locale = 'C');
CREATE TABLE words (id integer PRIMARY KEY, w text COLLATE old_c);
