CREATE TABLE bp (id bigint, patient_id bigint, recorded_at timestamp);
CREATE TABLE bs (id bigint, patient_id bigint, recorded_at timestamp);
