CREATE TABLE audited (created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE named (name text);
-- posts stops inheriting audited (its column stays); pages inherits both
CREATE TABLE posts (created_at timestamptz NOT NULL DEFAULT now(), id bigint, body text);
CREATE TABLE pages (name text, created_at timestamptz NOT NULL, slug text);
ALTER TABLE pages INHERIT audited;
ALTER TABLE pages INHERIT named;
