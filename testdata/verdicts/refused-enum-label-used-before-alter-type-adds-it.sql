CREATE TYPE status AS ENUM ('active');
CREATE TABLE t (s status DEFAULT 'gone');
ALTER TYPE status ADD VALUE 'gone';
