ALTER TABLE users RENAME TO members;

ALTER TABLE members RENAME COLUMN name TO full_name;

ALTER TABLE members RENAME COLUMN score TO points;

ALTER TABLE members RENAME CONSTRAINT users_pkey TO members_pkey;
