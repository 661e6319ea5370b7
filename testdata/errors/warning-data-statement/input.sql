-- a data statement is only a warning: the migration is still printed
CREATE TABLE users (id int PRIMARY KEY, email text);
INSERT INTO users VALUES (1, 'a@example.com');
