CREATE INDEX users_full_name_idx ON users (((first || ' ') || last));

CREATE INDEX users_id_idx ON users ((id::text));

CREATE UNIQUE INDEX users_lower_email_key ON users (lower(email));
