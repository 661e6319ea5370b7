CREATE TABLE other (id int);
