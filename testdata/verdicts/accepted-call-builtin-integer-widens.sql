CREATE TABLE t (a smallint, b integer, CHECK (abs(a) >= 0), CHECK (gcd(a, b) >= 0), CHECK (sqrt(b) >= 0), CHECK (left('abc', a) <> ''));
