CREATE TABLE ev (at timestamptz);
