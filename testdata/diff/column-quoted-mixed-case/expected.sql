ALTER TABLE "People" ADD COLUMN "FirstName" text;

ALTER TABLE "People" ADD COLUMN "last name" text;

ALTER TABLE "People" ADD COLUMN "order" integer;

ALTER TABLE "People" ADD COLUMN "say ""hi""" text;

ALTER TABLE "People" ADD COLUMN lower_case text;
