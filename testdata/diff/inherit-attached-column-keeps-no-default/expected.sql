CREATE TABLE pages (
    name text,
    created_at timestamp with time zone NOT NULL,
    me text
);

CREATE TABLE posts (
    id bigint,
    body text
) INHERITS (audited);

ALTER TABLE pages INHERIT audited;

ALTER TABLE pages INHERIT named;
