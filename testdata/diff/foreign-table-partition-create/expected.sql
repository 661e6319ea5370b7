CREATE FOREIGN TABLE public.measurements_asia PARTITION OF public.measurements (qty DEFAULT 9, note NOT NULL) FOR VALUES IN ('asia') SERVER remote;

CREATE FOREIGN TABLE public.measurements_us PARTITION OF public.measurements FOR VALUES IN ('us') SERVER remote OPTIONS (table_name 'measurements');

CREATE VIEW us_totals AS SELECT measurements_us.id, measurements_us.qty FROM measurements_us;
