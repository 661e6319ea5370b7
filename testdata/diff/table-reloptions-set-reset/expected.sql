CREATE TABLE hot (
    id bigint,
    n integer
) WITH (fillfactor=50);

ALTER TABLE archive SET (toast_tuple_target=256);

ALTER TABLE queue RESET (autovacuum_enabled);
ALTER TABLE queue SET (fillfactor=90, autovacuum_vacuum_scale_factor='0.05');
