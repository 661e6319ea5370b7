ALTER TABLE posts NO INHERIT audited;

ALTER TABLE pages INHERIT audited;

ALTER TABLE pages INHERIT named;
