CREATE SCHEMA app;
CREATE TABLE app.events (id bigint, what text);
ALTER TABLE app.events ADD PRIMARY KEY (id);
