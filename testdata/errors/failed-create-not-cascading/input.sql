create table t (id int);
create table u (id int REFERENCES tt (id));
create index on u (id);
