CREATE SCHEMA app;
CREATE COLLATION app.numeric_order (provider = icu, locale = 'und-u-kn-true');
SET search_path = app, public;
CREATE TABLE words (w text COLLATE numeric_order, v text COLLATE numeric_order);
