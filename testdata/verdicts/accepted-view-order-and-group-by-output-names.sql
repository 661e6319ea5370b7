CREATE TABLE docs (id bigint PRIMARY KEY, title text, body text);
CREATE VIEW titles AS SELECT title AS t, count(*) AS n FROM docs GROUP BY t ORDER BY t, n;
