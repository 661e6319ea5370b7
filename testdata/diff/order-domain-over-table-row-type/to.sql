-- a domain over a table's row type, and a table with a column of that domain
CREATE TABLE point2 (x integer, y integer);
CREATE DOMAIN positive_point AS point2 CHECK ((VALUE).x > 0 AND (VALUE).y > 0);
CREATE TABLE other (id int, p positive_point);
CREATE TABLE shapes (p positive_point NOT NULL);
