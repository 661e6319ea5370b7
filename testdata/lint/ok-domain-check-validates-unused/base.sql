CREATE DOMAIN amount AS numeric(12,2);
CREATE DOMAIN price AS amount;
CREATE TYPE address AS (street text, city text, zip text);
CREATE TABLE orders (id bigint PRIMARY KEY, total amount, shipping price, ship_to address);
CREATE TABLE refunds (id bigint PRIMARY KEY, value amount);
