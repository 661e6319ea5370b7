CREATE TABLE public.t (id bigint PRIMARY KEY);
ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_all ON public.t USING (true);
CREATE VIEW public.t_ids AS SELECT id FROM public.t;
CREATE VIEW public.t_ids_off WITH (security_invoker = false) AS SELECT id FROM public.t;
