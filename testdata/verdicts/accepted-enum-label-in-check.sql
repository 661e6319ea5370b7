CREATE TYPE status AS ENUM ('active', 'gone');
CREATE TABLE t (s status, CHECK (s IN ('active', 'gone')), CHECK ('gone' <> s), CHECK (s::text <> 'x'));
