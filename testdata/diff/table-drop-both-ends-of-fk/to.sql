-- two tables linked by a foreign key are dropped, the referencing one first
CREATE TABLE keep (id integer);
