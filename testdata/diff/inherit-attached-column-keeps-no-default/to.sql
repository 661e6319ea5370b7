-- pages is made first and attached by ALTER TABLE ... INHERIT: its own
-- created_at keeps no default. A migration that writes it as CREATE TABLE
-- ... INHERITS merges the column with audited's and gives it audited's
-- default, so it must drop that default after (found by make fuzz-diff).
-- posts, made with INHERITS, takes the default.
CREATE TABLE audited (created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE named (name text);
CREATE TABLE posts (id bigint, body text) INHERITS (audited);
CREATE TABLE pages (name text, created_at timestamptz NOT NULL, me text);
ALTER TABLE pages INHERIT audited;
ALTER TABLE pages INHERIT named;
