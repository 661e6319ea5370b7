CREATE SCHEMA "Reporting";

CREATE SCHEMA "audit log";

CREATE SCHEMA "select";

CREATE TABLE "Reporting"."Daily" (
    "Day" date NOT NULL,
    CONSTRAINT "Daily_pkey" PRIMARY KEY ("Day")
);

CREATE TABLE "audit log".entries (
    id bigint,
    "table" text
);

CREATE TABLE "select"."from" (
    "where" integer
);
