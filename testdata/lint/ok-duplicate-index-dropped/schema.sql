CREATE TABLE public.docs (id bigint PRIMARY KEY, title text);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_all ON public.docs USING (true);
CREATE INDEX docs_title ON public.docs (title);
CREATE INDEX docs_title_again ON public.docs (title);
DROP INDEX public.docs_title_again;
CREATE INDEX docs_title_c ON public.docs (title COLLATE "C");
CREATE INDEX docs_title_nf ON public.docs (title NULLS FIRST);
CREATE INDEX docs_title_ff ON public.docs (title) WITH (fillfactor = 70);
