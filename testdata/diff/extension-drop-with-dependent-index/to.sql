-- an extension dropped together with the index that used it
CREATE TABLE docs (id integer PRIMARY KEY, body text NOT NULL);
