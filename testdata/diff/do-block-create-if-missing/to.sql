-- the two idioms for "create unless it exists": an IF NOT EXISTS over the
-- system catalogs, and an exception handler that ignores the duplicate
-- (drizzle-kit's foreign keys); a guard that finds its object skips
CREATE SCHEMA app;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'role' AND n.nspname = 'app') THEN
        CREATE TYPE app.role AS ENUM ('owner', 'member');
    END IF;
END $$;
DO $$ BEGIN
    CREATE TYPE app.role AS ENUM ('someone', 'else');
    CREATE TYPE app.never AS ENUM ('skipped with the first');
EXCEPTION WHEN duplicate_object THEN null;
END $$;
DO $$ BEGIN
    CREATE TYPE app.status AS ENUM ('draft', 'published');
EXCEPTION
    WHEN duplicate_object THEN null;
END $$;
CREATE TABLE app.users (id int PRIMARY KEY, r app.role);
CREATE TABLE app.posts (id int, user_id int, status app.status DEFAULT 'draft');
DO $$ BEGIN
 ALTER TABLE "app"."posts" ADD CONSTRAINT "posts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "app"."users"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
DO $$ BEGIN
 ALTER TABLE "app"."posts" ADD CONSTRAINT "posts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "app"."users"("id");
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
DO $$ BEGIN
    CREATE INDEX posts_user_idx ON app.posts (user_id);
END $$;
