-- schemac:no-transaction

BEGIN;
INSERT INTO t VALUES (1);
COMMIT;
