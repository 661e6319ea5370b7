ALTER TABLE posts DROP CONSTRAINT posts_author_id_fkey;

ALTER TABLE posts ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE posts ADD CONSTRAINT posts_editor_id_fkey FOREIGN KEY (editor_id) REFERENCES users (id) DEFERRABLE;
