-- objects with comments dropped: the comments go with them, no COMMENT ... IS NULL needed
CREATE TABLE things (id integer PRIMARY KEY);
