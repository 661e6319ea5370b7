ALTER SCHEMA app RENAME TO application;
