SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.bp (patient_id bigint, recorded_at timestamp);
CREATE VIEW public.v AS WITH x AS (SELECT bp.patient_id, date(bp.recorded_att) AS d FROM public.bp) SELECT patient_id, d FROM x;
