-- columns whose names need quotes: mixed case, spaces, a reserved word, a double quote
CREATE TABLE "People" (
    "Id" integer PRIMARY KEY,
    "FirstName" text,
    "last name" text,
    "order" integer,
    "say ""hi""" text,
    lower_case text
);
