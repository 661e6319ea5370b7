CREATE TABLE prescriptions (id bigint PRIMARY KEY, patient_id bigint NOT NULL, drug text);
CREATE FUNCTION prescriptions_of(p bigint) RETURNS SETOF prescriptions
    LANGUAGE sql STABLE AS $$ SELECT * FROM prescriptions WHERE patient_id = p $$;
CREATE FUNCTION drug_label(r prescriptions) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(r.drug, '?') $$;
