CREATE TABLE events (id int PRIMARY KEY, at timestamp NOT NULL, kind varchar(20));
CREATE VIEW recent AS SELECT id, at, kind FROM events WHERE at > now() - interval '1 day';
CREATE VIEW recent_kinds AS SELECT kind, count(*) AS n FROM recent GROUP BY kind;
