ALTER TABLE memberships DROP CONSTRAINT memberships_pkey;

ALTER TABLE memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY (org_id, user_id);
