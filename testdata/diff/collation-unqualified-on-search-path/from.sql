-- a collation of schema app, named unqualified under search_path = app:
-- the migration must name it app.numeric_order, which the column means
CREATE SCHEMA app;
CREATE COLLATION app.numeric_order (provider = icu, locale = 'und-u-kn-true');
CREATE TABLE app.words (w text);
