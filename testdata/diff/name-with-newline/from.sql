CREATE TABLE keep (id int);
CREATE TABLE "x
DROP TABLE keep; --" (id int);
