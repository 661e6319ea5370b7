CREATE VIEW v AS SELECT 'v'::regclass AS me;
