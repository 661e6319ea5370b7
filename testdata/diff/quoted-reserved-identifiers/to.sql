-- tables, columns, constraints and indexes named with reserved words, mixed case and spaces
CREATE TABLE "user" (
    "id" integer PRIMARY KEY,
    "select" text UNIQUE,
    "Mixed Case" text,
    "group" integer
);
CREATE TABLE "order" (
    id integer PRIMARY KEY,
    "user" integer REFERENCES "user" ("id"),
    "from" date,
    "to" date,
    CONSTRAINT "from before to" CHECK ("from" <= "to")
);
CREATE INDEX "order by user" ON "order" ("user", "from" DESC);
CREATE TABLE "Line Items" ("order" integer REFERENCES "order", "Qty" integer DEFAULT 1);
