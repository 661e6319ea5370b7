ALTER TABLE players DROP CONSTRAINT players_team_id_fkey;

-- schemac: destructive: table teams and all its rows
DROP TABLE teams;
