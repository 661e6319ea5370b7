-- an extension nothing uses any more is dropped
CREATE TABLE docs (id integer, body text);
