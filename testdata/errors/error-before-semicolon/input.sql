create table t(id int);
create index on t (id) where;
create table z(a int);
