CREATE TABLE a (id int PRIMARY KEY);
-- schemac:renamed-from old_b
CREATE TABLE b (
    id int PRIMARY KEY,
    /* schemac:renamed-from aid */
    a_id int REFERENCES a
);
INSERT INTO a VALUES (1);
DROP TABLE IF EXISTS b, a CASCADE;
CREATE TABLE "Mixed Case" ("Col" int CHECK ("Col" <> 0));
DROP SCHEMA IF EXISTS nothing;
BEGIN;
COMMIT;
