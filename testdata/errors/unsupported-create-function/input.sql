CREATE TABLE users (id int PRIMARY KEY, email text);

CREATE FUNCTION user_count() RETURNS bigint
    LANGUAGE sql
    AS $$ SELECT count(*) FROM users $$;
