CREATE TABLE tmp (id bigserial PRIMARY KEY);
