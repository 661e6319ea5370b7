-- generic objects: a missing one is an error at its statement, IF EXISTS is not
DROP OPERATOR === (int, int);
DROP SERVER IF EXISTS nope;
COMMENT ON AGGREGATE nope(int) IS $$x$$;
CREATE FOREIGN DATA WRAPPER w;
CREATE FOREIGN DATA WRAPPER w;
