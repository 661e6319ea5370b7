-- AT TIME ZONE printed where PostgreSQL's grammar wants an operand in
-- parentheses: a DEFAULT (a b_expr), an index key, a partition key
CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz);
