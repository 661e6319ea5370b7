-- teams.slug has no unique constraint, so it cannot be referenced
CREATE TABLE teams (id int PRIMARY KEY, slug text NOT NULL);
CREATE TABLE users (
    id int PRIMARY KEY,
    team_slug text REFERENCES teams (slug)
);
