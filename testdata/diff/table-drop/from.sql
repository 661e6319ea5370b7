CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE TABLE old_logs (id bigint PRIMARY KEY, line text);
CREATE INDEX old_logs_line_idx ON old_logs (line);
