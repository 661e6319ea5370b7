CREATE TABLE public.gone (id bigint PRIMARY KEY);
DROP TABLE public.gone;
CREATE TABLE public.renamed (id bigint PRIMARY KEY, owner text);
ALTER TABLE public.renamed ENABLE ROW LEVEL SECURITY;
CREATE POLICY renamed_owner ON public.renamed USING (owner = current_user);
ALTER TABLE public.renamed RENAME TO renamed2;
