CREATE TYPE app.status AS ENUM ('draft', 'published');

ALTER TABLE app.posts ADD COLUMN status app.status DEFAULT 'draft';

CREATE INDEX posts_user_idx ON app.posts (user_id);

ALTER TABLE app.posts ADD CONSTRAINT posts_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES app.users (id) ON DELETE CASCADE;
