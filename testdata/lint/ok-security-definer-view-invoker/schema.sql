CREATE TABLE public.t (id bigint PRIMARY KEY);
ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_all ON public.t USING (true);
CREATE VIEW public.t_ids WITH (security_invoker = on) AS SELECT id FROM public.t;
CREATE VIEW public.t_ids2 AS SELECT id FROM public.t;
ALTER VIEW public.t_ids2 SET (security_invoker = true);
