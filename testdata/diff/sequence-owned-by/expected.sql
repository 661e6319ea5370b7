ALTER SEQUENCE stray_seq OWNED BY NONE;

ALTER SEQUENCE orders_no_seq OWNED BY orders.no;
