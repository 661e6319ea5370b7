-- the error is on the fourth line of a statement
CREATE TABLE users (
    id    int PRIMARY KEY,
    email text NOT NULL,
    name  text NOT NULL DEFALT 'x',
    created_at timestamptz
);
