-- changes to objects whose names need quotes: column type, default, not null, fk, index, comment
CREATE TABLE "user" ("id" integer PRIMARY KEY, "select" varchar(20) NOT NULL, "Mixed Case" text DEFAULT 'Hello World');
CREATE TABLE "order" (id integer PRIMARY KEY, "user" integer REFERENCES "user", "limit" bigint, "default" boolean);
CREATE UNIQUE INDEX "user_Select_key" ON "user" ("select");
COMMENT ON COLUMN "order"."limit" IS 'max';
