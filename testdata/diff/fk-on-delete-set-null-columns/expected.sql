ALTER TABLE posts ADD CONSTRAINT posts_tenant_id_author_id_fkey FOREIGN KEY (tenant_id, author_id) REFERENCES users (tenant_id, id) ON DELETE SET NULL (author_id);
