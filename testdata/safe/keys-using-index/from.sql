CREATE TABLE countries (code text, name text);
CREATE TABLE cities (id bigint, country_code text, name text, population int);
CREATE TABLE slots (room int, starts_at timestamptz, note text);
CREATE TABLE plans (id bigint, name text);
