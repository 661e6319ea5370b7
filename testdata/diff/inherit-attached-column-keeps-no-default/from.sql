-- audited's column has a default; the tables that inherit it come in to.sql
CREATE TABLE audited (created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE named (name text);
