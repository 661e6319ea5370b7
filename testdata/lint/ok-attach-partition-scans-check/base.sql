CREATE TABLE logs (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE logs_2025 (id bigint, at date NOT NULL, CONSTRAINT in_2025 CHECK (at >= '2025-01-01' AND at < '2026-01-01'));
