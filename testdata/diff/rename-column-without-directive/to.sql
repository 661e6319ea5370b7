-- without a directive a renamed column is a drop and an add, marked destructive (with a hint on stderr)
CREATE TABLE users (id bigint PRIMARY KEY, email_address text);
