create table a (id int);
create table
