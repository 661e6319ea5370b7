CREATE OPERATOR === (LEFTARG = int, RIGHTARG = nosucht, FUNCTION = int4eq);
