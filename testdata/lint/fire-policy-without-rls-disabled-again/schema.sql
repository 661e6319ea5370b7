CREATE TABLE public.posts (id bigint PRIMARY KEY, author text);
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_author ON public.posts USING (author = current_user);
ALTER TABLE public.posts DISABLE ROW LEVEL SECURITY;
