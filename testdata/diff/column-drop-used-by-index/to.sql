-- a column dropped that two indexes use; the indexes go too
CREATE TABLE posts (id bigint PRIMARY KEY, title text);
