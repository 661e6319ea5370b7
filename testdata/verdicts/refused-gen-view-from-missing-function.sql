CREATE VIEW v AS SELECT * FROM generate_seris(1, 3) g;
