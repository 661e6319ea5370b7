-- schemas whose names need quotes: mixed case, a space, a reserved word
CREATE SCHEMA "Reporting";
CREATE SCHEMA "audit log";
CREATE SCHEMA "select";
CREATE TABLE "Reporting"."Daily" ("Day" date PRIMARY KEY);
CREATE TABLE "audit log".entries (id bigint, "table" text);
CREATE TABLE "select"."from" ("where" integer);
