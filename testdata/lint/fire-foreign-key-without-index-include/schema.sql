CREATE SCHEMA app;
CREATE TABLE app.orgs (id bigint, kind text, PRIMARY KEY (id, kind));
CREATE TABLE app.members (id bigint PRIMARY KEY, org_id bigint, org_kind text, note text,
  FOREIGN KEY (org_id, org_kind) REFERENCES app.orgs (id, kind));
CREATE INDEX members_org_incl ON app.members (org_id) INCLUDE (org_kind);
CREATE TABLE app.posts (id bigint PRIMARY KEY, org_id bigint, org_kind text,
  FOREIGN KEY (org_id, org_kind) REFERENCES app.orgs (id, kind) MATCH FULL);
CREATE INDEX posts_org_id ON app.posts (org_id);
CREATE TABLE app.tags (id bigint PRIMARY KEY, org_id bigint, org_kind text,
  CONSTRAINT tags_org_fk FOREIGN KEY (org_id, org_kind) REFERENCES app.orgs);
CREATE INDEX tags_org_hash ON app.tags USING hash (org_id);
CREATE INDEX tags_org_partial ON app.tags (org_id, org_kind) WHERE org_id > 0;
CREATE INDEX tags_org_expr ON app.tags ((org_id + 0), org_kind);
