SET LOCAL lock_timeout = '5s';

CREATE TABLE subscriptions (
    id bigint NOT NULL,
    plan_id bigint,
    CONSTRAINT subscriptions_pkey PRIMARY KEY (id)
);

ALTER TABLE cities ADD CONSTRAINT cities_id_not_null CHECK (id IS NOT NULL) NOT VALID;

ALTER TABLE countries ADD CONSTRAINT countries_code_not_null CHECK (code IS NOT NULL) NOT VALID;

ALTER TABLE plans ADD CONSTRAINT plans_id_not_null CHECK (id IS NOT NULL) NOT VALID;

-- The rest runs outside a transaction, statement by statement
-- (schemac generate writes it as a migration of its own):
-- schemac:no-transaction

SET lock_timeout = '5s';

ALTER TABLE cities VALIDATE CONSTRAINT cities_id_not_null;

ALTER TABLE cities ALTER COLUMN id SET NOT NULL;

ALTER TABLE cities DROP CONSTRAINT cities_id_not_null;

ALTER TABLE countries VALIDATE CONSTRAINT countries_code_not_null;

ALTER TABLE countries ALTER COLUMN code SET NOT NULL;

ALTER TABLE countries DROP CONSTRAINT countries_code_not_null;

ALTER TABLE plans VALIDATE CONSTRAINT plans_id_not_null;

ALTER TABLE plans ALTER COLUMN id SET NOT NULL;

ALTER TABLE plans DROP CONSTRAINT plans_id_not_null;

CREATE UNIQUE INDEX CONCURRENTLY cities_country_name_key ON cities (country_code, name) INCLUDE (population);

ALTER TABLE cities ADD CONSTRAINT cities_country_name_key UNIQUE USING INDEX cities_country_name_key DEFERRABLE INITIALLY DEFERRED;

CREATE UNIQUE INDEX CONCURRENTLY cities_pkey ON cities (id);

ALTER TABLE cities ADD CONSTRAINT cities_pkey PRIMARY KEY USING INDEX cities_pkey;

CREATE UNIQUE INDEX CONCURRENTLY countries_pkey ON countries (code);

ALTER TABLE countries ADD CONSTRAINT countries_pkey PRIMARY KEY USING INDEX countries_pkey;

CREATE UNIQUE INDEX CONCURRENTLY plans_pkey ON plans (id);

ALTER TABLE plans ADD CONSTRAINT plans_pkey PRIMARY KEY USING INDEX plans_pkey;

CREATE UNIQUE INDEX CONCURRENTLY slots_room_starts_at_key ON slots (room, starts_at) NULLS NOT DISTINCT;

ALTER TABLE slots ADD CONSTRAINT slots_room_starts_at_key UNIQUE USING INDEX slots_room_starts_at_key;

ALTER TABLE cities ADD CONSTRAINT cities_country_code_fkey FOREIGN KEY (country_code) REFERENCES countries (code) NOT VALID;

ALTER TABLE cities VALIDATE CONSTRAINT cities_country_code_fkey;

ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plans (id) NOT VALID;

ALTER TABLE subscriptions VALIDATE CONSTRAINT subscriptions_plan_id_fkey;
