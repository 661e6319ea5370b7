-- schemac: destructive: table metrics_mem and all its rows
DROP TABLE metrics_mem;

-- schemac: destructive: table metrics_cpu and all its rows
DROP TABLE metrics_cpu;

-- schemac: destructive: table metrics and all its rows
DROP TABLE metrics;

-- schemac: destructive: table logs_2024 and all its rows
DROP TABLE logs_2024;
