CREATE TABLE audited (created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE named (name text);
CREATE TABLE posts (id bigint, body text) INHERITS (audited);
CREATE TABLE pages (name text, created_at timestamptz NOT NULL, slug text);
