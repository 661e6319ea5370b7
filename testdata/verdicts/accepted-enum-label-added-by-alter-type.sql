CREATE TYPE status AS ENUM ('active');
ALTER TYPE status ADD VALUE 'gone';
CREATE TABLE t (s status DEFAULT 'gone' CHECK (s <> 'gone'::status));
