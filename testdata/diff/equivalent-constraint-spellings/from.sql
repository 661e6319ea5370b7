CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE products (
    id int,
    price numeric CHECK (price > 0),
    owner_id int REFERENCES users ON DELETE CASCADE,
    code text,
    PRIMARY KEY (id),
    UNIQUE (code)
);
