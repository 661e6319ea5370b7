CREATE TYPE status AS ENUM ('active', 'gone');
CREATE TABLE t (s status, CHECK (s IN ('active', 'gne')));
