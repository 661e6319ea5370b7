create table t (id int primary key);
alter table t add column id text;
