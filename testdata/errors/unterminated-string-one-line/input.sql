create table a (id text default 'abc);
