-- unquoted names fold to lower case; needless quotes are ignored
CREATE TABLE "users" ("id" integer, "Name" text, "email" text);
CREATE INDEX "users_email_idx" ON "public"."users" ("email");
