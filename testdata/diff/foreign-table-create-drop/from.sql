-- foreign tables: created with their columns, options and server, a view
-- on one, grants and comments; dropped going back
CREATE FOREIGN DATA WRAPPER wrap;
CREATE SERVER remote FOREIGN DATA WRAPPER wrap OPTIONS (port '5432', host 'db.internal');
