CREATE SCHEMA app;
CREATE TABLE app.orgs (id bigint, kind text, PRIMARY KEY (id, kind));
CREATE TABLE app.members (id bigint PRIMARY KEY, org_id bigint, org_kind text,
  FOREIGN KEY (org_id, org_kind) REFERENCES app.orgs (id, kind));
CREATE INDEX members_org_rev ON app.members (org_kind, org_id, id);
CREATE TABLE app.seats (org_id bigint, org_kind text, n int,
  FOREIGN KEY (org_id, org_kind) REFERENCES app.orgs, UNIQUE (org_kind, org_id, n));
CREATE TABLE app.events (id bigint, at date, org_id bigint, org_kind text,
  PRIMARY KEY (id, at), FOREIGN KEY (org_id, org_kind) REFERENCES app.orgs) PARTITION BY RANGE (at);
CREATE INDEX events_org ON app.events (org_id, org_kind);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
