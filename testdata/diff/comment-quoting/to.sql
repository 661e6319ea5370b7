-- a comment with quotes, a semicolon, dashes, a backslash and a newline
CREATE TABLE notes (id integer PRIMARY KEY);
COMMENT ON TABLE notes IS 'it''s "quoted"; -- not a comment
second line \ with a backslash $$ and dollars';
