-- schemac: destructive: schema app
DROP SCHEMA app;
