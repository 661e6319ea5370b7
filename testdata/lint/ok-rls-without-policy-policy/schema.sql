CREATE TABLE public.secrets (id bigint PRIMARY KEY, v text);
ALTER TABLE public.secrets ENABLE ROW LEVEL SECURITY;
CREATE POLICY secrets_read ON public.secrets FOR SELECT USING (true);
