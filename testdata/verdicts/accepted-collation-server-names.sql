-- Collations every PostgreSQL 15 database has, one the input creates (qualified and not), and one of ICU's
CREATE SCHEMA app;
CREATE COLLATION app.numeric_order (provider = icu, locale = 'und-u-kn-true');
CREATE COLLATION plain_c (locale = 'C');
SET search_path = app, public;
CREATE TABLE words (a text COLLATE "C", b text COLLATE "POSIX", c text COLLATE ucs_basic, d text COLLATE "default", e text COLLATE "und-x-icu", f text COLLATE numeric_order, g text COLLATE public.plain_c, h text COLLATE pg_catalog."C");
CREATE VIEW sorted AS SELECT a COLLATE app.numeric_order AS a FROM words ORDER BY b COLLATE plain_c;
