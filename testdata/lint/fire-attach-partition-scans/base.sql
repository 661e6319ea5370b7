CREATE TABLE logs (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE logs_2025 (id bigint, at date NOT NULL);
