DROP VIEW recent_kinds;

DROP VIEW recent;

ALTER TABLE events ALTER COLUMN at TYPE timestamp with time zone;

ALTER TABLE events ALTER COLUMN kind TYPE text;

CREATE VIEW recent AS SELECT events.id, events.at, events.kind FROM events WHERE events.at > (now() - '1 day'::interval);

CREATE VIEW recent_kinds AS SELECT recent.kind, count(*) AS n FROM recent GROUP BY recent.kind;
