-- integer columns widened to bigint (the primary key's index follows)
CREATE TABLE events (id bigint PRIMARY KEY, count bigint NOT NULL DEFAULT 0);
