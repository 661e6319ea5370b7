-- a table is dropped and the key its foreign key referenced goes too: the table first
CREATE TABLE orgs (id int);
