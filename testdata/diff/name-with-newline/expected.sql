-- schemac: destructive: table x DROP TABLE keep; -- and all its rows
DROP TABLE "x
DROP TABLE keep; --";
