CREATE TABLE point2 (
    x integer,
    y integer
);

CREATE DOMAIN positive_point AS point2
    CONSTRAINT positive_point_check CHECK ((value).x > 0 AND (value).y > 0);

CREATE TABLE shapes (
    p positive_point NOT NULL
);

ALTER TABLE other ADD COLUMN p positive_point;
