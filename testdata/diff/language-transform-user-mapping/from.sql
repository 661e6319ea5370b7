-- a procedural language with its handler, a transform for it, user
-- mappings on a server: created, or dropped going back
CREATE FOREIGN DATA WRAPPER wrap;
CREATE SERVER srv FOREIGN DATA WRAPPER wrap OPTIONS (port '5432', host 'db', dbname 'app');
