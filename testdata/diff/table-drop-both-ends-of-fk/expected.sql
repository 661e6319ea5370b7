-- schemac: destructive: table players and all its rows
DROP TABLE players;

-- schemac: destructive: table teams and all its rows
DROP TABLE teams;
