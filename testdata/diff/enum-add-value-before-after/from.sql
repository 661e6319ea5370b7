CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE alerts (id integer, lvl level);
