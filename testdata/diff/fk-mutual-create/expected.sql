CREATE TABLE departments (
    id integer NOT NULL,
    head_id integer,
    CONSTRAINT departments_pkey PRIMARY KEY (id)
);

CREATE TABLE employees (
    id integer NOT NULL,
    department_id integer,
    CONSTRAINT employees_pkey PRIMARY KEY (id),
    CONSTRAINT employees_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id)
);

ALTER TABLE departments ADD CONSTRAINT departments_head_id_fkey FOREIGN KEY (head_id) REFERENCES employees (id);
