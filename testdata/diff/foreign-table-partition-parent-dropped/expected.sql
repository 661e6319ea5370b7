-- schemac: objects kept as their statements (compared by tree):
--   FOREIGN TABLE events_archive: dropped

DROP FOREIGN TABLE events_archive;

-- schemac: destructive: table events_2024 and all its rows
DROP TABLE events_2024;

-- schemac: destructive: table events and all its rows
DROP TABLE events;
