CREATE TABLE t (id int, flags boolean[], CHECK (true = ALL ('{t}'::boolean[])));
