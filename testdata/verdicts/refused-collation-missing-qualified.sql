-- A domain's COLLATE names a collation of a schema the input creates, but not the collation
CREATE SCHEMA app;
CREATE DOMAIN app.label AS text COLLATE app.natural;
