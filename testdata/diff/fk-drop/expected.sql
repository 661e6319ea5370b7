ALTER TABLE posts DROP CONSTRAINT posts_author_id_fkey;
