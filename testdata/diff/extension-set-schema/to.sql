-- an extension moved to another schema
CREATE SCHEMA ext;
CREATE EXTENSION citext WITH SCHEMA ext;
