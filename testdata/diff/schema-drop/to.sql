-- an empty schema is dropped
CREATE TABLE keep (id integer);
