CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total numeric, status text);
