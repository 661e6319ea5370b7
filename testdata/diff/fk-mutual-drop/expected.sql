ALTER TABLE departments DROP CONSTRAINT departments_head_id_fkey;

-- schemac: destructive: table employees and all its rows
DROP TABLE employees;

-- schemac: destructive: table departments and all its rows
DROP TABLE departments;
