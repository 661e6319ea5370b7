create table orgs (id int primary key);
create table users (
    id serial primary key,
    age int check (age >= 0),
    email varchar(255) unique not null,
    org_id int references orgs,
    created timestamptz default now()
);
