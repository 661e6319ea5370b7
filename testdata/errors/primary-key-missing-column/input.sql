CREATE TABLE members (
    user_id int,
    team_id int,
    PRIMARY KEY (user_id, teamid)
);
