-- an extension created in public
CREATE EXTENSION pgcrypto WITH SCHEMA public;
