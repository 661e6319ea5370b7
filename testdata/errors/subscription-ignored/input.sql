CREATE TABLE orders (id integer PRIMARY KEY);
CREATE SUBSCRIPTION orders_sub CONNECTION 'host=primary dbname=shop' PUBLICATION orders_pub
    WITH (connect = false, slot_name = 'orders_sub');
