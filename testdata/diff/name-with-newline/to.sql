-- a dropped table whose name holds a line break: the destructive comment must stay one line
CREATE TABLE keep (id int);
