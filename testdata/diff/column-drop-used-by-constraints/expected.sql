ALTER TABLE players DROP CONSTRAINT players_team_id_fkey;

ALTER TABLE players DROP CONSTRAINT players_team_id_number_key;

-- schemac: destructive: column players.team_id and its data
ALTER TABLE players DROP COLUMN team_id;
