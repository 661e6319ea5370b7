-- enum values added in the middle and at the start (BEFORE / AFTER)
CREATE TYPE level AS ENUM ('lowest', 'low', 'medium', 'high');
CREATE TABLE alerts (id integer, lvl level);
