CREATE TABLE r (id int);
