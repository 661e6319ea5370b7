-- nullable columns added at the end
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, bio text, age smallint);
