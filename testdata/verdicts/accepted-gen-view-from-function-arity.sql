CREATE VIEW v AS SELECT * FROM generate_series(1, 3) g;
