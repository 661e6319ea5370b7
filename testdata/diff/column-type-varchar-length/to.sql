-- varchar lengthened, char lengthened, varchar limit removed
CREATE TABLE users (id integer PRIMARY KEY, name varchar(255), code char(3), note varchar);
