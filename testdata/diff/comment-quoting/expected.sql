COMMENT ON TABLE notes IS 'it''s "quoted"; -- not a comment
second line \ with a backslash $$ and dollars';
