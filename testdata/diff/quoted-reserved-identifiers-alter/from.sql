CREATE TABLE "user" ("id" integer PRIMARY KEY, "select" text, "Mixed Case" text);
CREATE TABLE "order" (id integer PRIMARY KEY, "user" integer, "limit" integer);
