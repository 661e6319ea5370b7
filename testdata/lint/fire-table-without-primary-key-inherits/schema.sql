CREATE SCHEMA app;
CREATE TABLE app.base (id bigint PRIMARY KEY, at date);
CREATE TABLE app.child (note text) INHERITS (app.base);
CREATE TABLE app.logs (at date, line text) PARTITION BY RANGE (at);
CREATE TABLE app.logs_2024 PARTITION OF app.logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.codes (code text NOT NULL UNIQUE);
CREATE UNLOGGED TABLE app.cache (k text, v text);
