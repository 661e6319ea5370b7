CREATE TABLE posts (
    id integer PRIMARY KEY,
    published_at timestamptz DEFAULT '2020-01-01 00:00:00+00',
    day date DEFAULT '2020-01-01'
);
