ALTER TABLE measurements DETACH PARTITION measurements_us;

ALTER TABLE measurements_asia ADD CONSTRAINT measurements_value_check CHECK (value >= 0);

ALTER TABLE measurements ATTACH PARTITION measurements_asia FOR VALUES IN ('asia');
