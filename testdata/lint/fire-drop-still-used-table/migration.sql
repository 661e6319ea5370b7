SET lock_timeout = '5s';
-- schemac:allow drop-table users live in the identity service since 5.0
DROP TABLE users CASCADE;
