-- schemac: destructive: table old_logs and all its rows
DROP TABLE old_logs;
