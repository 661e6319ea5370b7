-- referenced by a foreign key added with ALTER TABLE: both go online, the key first
CREATE TABLE countries (code text PRIMARY KEY, name text);
CREATE TABLE cities (
    id bigint,
    country_code text REFERENCES countries (code),
    name text,
    population int,
    CONSTRAINT cities_pkey PRIMARY KEY (id),
    CONSTRAINT cities_country_name_key UNIQUE (country_code, name) INCLUDE (population) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE slots (room int, starts_at timestamptz, note text, UNIQUE NULLS NOT DISTINCT (room, starts_at));
-- referenced by a new table: the key is built online, the foreign key added after it
CREATE TABLE plans (id bigint PRIMARY KEY, name text);
CREATE TABLE subscriptions (id bigint PRIMARY KEY, plan_id bigint REFERENCES plans (id));
