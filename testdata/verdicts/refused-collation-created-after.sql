-- A view's expression collates by a collation created only after it
CREATE TABLE words (w text);
CREATE VIEW sorted AS SELECT w COLLATE late_c AS w FROM words;
CREATE COLLATION late_c (locale = 'C');
