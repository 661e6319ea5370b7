create table a (x int);
selec 1;
