CREATE TABLE public.t (id bigint PRIMARY KEY);
ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_all ON public.t USING (true);
CREATE VIEW public.v_one WITH (security_invoker = 1) AS SELECT id FROM public.t;
CREATE VIEW public.v_yes WITH (security_invoker = yes) AS SELECT id FROM public.t;
CREATE VIEW public.v_bare WITH (security_invoker) AS SELECT id FROM public.t;
CREATE VIEW public.v_upper WITH (security_invoker = TRUE) AS SELECT id FROM public.t;
CREATE MATERIALIZED VIEW public.mv AS SELECT id FROM public.t;
