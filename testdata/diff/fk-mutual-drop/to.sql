-- two tables that reference each other are both dropped
CREATE TABLE keep (id integer);
