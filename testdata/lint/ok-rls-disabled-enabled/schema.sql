CREATE TABLE public.notes (id bigint PRIMARY KEY, owner text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON public.notes USING (owner = current_user);
