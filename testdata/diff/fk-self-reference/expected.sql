CREATE TABLE categories (
    id integer NOT NULL,
    parent_id integer,
    CONSTRAINT categories_pkey PRIMARY KEY (id),
    CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE CASCADE
);

ALTER TABLE employees ADD COLUMN manager_id integer;

ALTER TABLE employees ADD CONSTRAINT employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES employees (id);
