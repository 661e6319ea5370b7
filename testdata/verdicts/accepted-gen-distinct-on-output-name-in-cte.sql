SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.bp (patient_id bigint, recorded_at timestamp);
CREATE MATERIALIZED VIEW public.mv AS WITH x AS (SELECT DISTINCT ON (patient_id, month_date) bp.patient_id, date(bp.recorded_at) AS month_date FROM public.bp ORDER BY patient_id, month_date) SELECT patient_id, month_date FROM x;
