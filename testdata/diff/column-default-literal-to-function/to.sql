-- defaults change from literals to function calls
CREATE TABLE posts (
    id integer PRIMARY KEY,
    published_at timestamptz DEFAULT now(),
    day date DEFAULT CURRENT_DATE
);
