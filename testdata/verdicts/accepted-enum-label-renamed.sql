CREATE TYPE status AS ENUM ('active', 'gone');
ALTER TYPE status RENAME VALUE 'gone' TO 'left';
CREATE TABLE t (s status DEFAULT 'left');
