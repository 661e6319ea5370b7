CREATE TABLE public.secrets (id bigint PRIMARY KEY, v text);
ALTER TABLE public.secrets ENABLE ROW LEVEL SECURITY;
