-- the second foreign key of a mutual pair is added to existing tables
CREATE TABLE departments (id integer PRIMARY KEY, head_id integer);
CREATE TABLE employees (id integer PRIMARY KEY, department_id integer REFERENCES departments (id));
ALTER TABLE departments ADD FOREIGN KEY (head_id) REFERENCES employees (id);
