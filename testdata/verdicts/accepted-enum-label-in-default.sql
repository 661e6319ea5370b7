CREATE TYPE status AS ENUM ('active', 'gone');
CREATE TABLE t (s status DEFAULT 'active', r status DEFAULT 'gone'::status);
