-- policies.sql sorts before tables/: PostgreSQL would run it first too
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE TYPE status AS ENUM ('open');
