-- a table dropped while another table's foreign key references it (the column stays)
CREATE TABLE players (
    id integer PRIMARY KEY,
    team_id integer
);
