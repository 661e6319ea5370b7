CREATE TABLE public.posts (id bigint PRIMARY KEY, author text);
CREATE POLICY posts_author ON public.posts USING (author = current_user);
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
