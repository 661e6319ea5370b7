CREATE TABLE "People" ("Id" integer PRIMARY KEY);
