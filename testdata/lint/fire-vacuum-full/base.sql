CREATE TABLE logs (id bigint PRIMARY KEY, line text);
