CREATE SCHEMA app;
CREATE TABLE app.users (id bigint PRIMARY KEY, email text, name text);
CREATE INDEX users_email ON app.users (email);
CREATE INDEX users_email_again ON app.users USING btree (email ASC NULLS LAST);
CREATE UNIQUE INDEX users_id ON app.users (id);
CREATE INDEX users_lower ON app.users (lower(email));
CREATE INDEX users_lower2 ON app.users (LOWER( email ));
