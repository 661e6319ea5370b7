CREATE TABLE departments (id integer PRIMARY KEY, head_id integer);
CREATE TABLE employees (id integer PRIMARY KEY, department_id integer REFERENCES departments (id));
