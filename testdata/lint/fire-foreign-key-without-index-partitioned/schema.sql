CREATE SCHEMA app;
CREATE TABLE app.orgs (id bigint PRIMARY KEY);
CREATE TABLE app.events (id bigint, at date, org_id bigint REFERENCES app.orgs,
  PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
