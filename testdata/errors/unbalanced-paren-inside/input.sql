create table b (id int;
create table c (id int);
