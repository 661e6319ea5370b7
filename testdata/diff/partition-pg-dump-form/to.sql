-- the same partitions as pg_dump writes them, and one more
CREATE TABLE public.notes (
    id bigint NOT NULL,
    noteable_type text NOT NULL,
    note text
)
PARTITION BY LIST (noteable_type);
CREATE SEQUENCE public.notes_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.notes_id_seq OWNED BY public.notes.id;
CREATE TABLE public.epic_notes (
    id bigint DEFAULT nextval('public.notes_id_seq'::regclass) NOT NULL,
    noteable_type text NOT NULL,
    note text
);
CREATE TABLE public.issue_notes (
    id bigint DEFAULT nextval('public.notes_id_seq'::regclass) NOT NULL,
    noteable_type text NOT NULL,
    note text
);
CREATE TABLE public.mr_notes (
    id bigint DEFAULT nextval('public.notes_id_seq'::regclass) NOT NULL,
    noteable_type text NOT NULL,
    note text
);
ALTER TABLE ONLY public.notes ATTACH PARTITION public.epic_notes FOR VALUES IN ('Epic');
ALTER TABLE ONLY public.notes ATTACH PARTITION public.issue_notes FOR VALUES IN ('Issue');
ALTER TABLE ONLY public.notes ATTACH PARTITION public.mr_notes FOR VALUES IN ('MergeRequest');
ALTER TABLE ONLY public.notes ALTER COLUMN id SET DEFAULT nextval('public.notes_id_seq'::regclass);
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id, noteable_type);
ALTER TABLE ONLY public.epic_notes
    ADD CONSTRAINT epic_notes_pkey PRIMARY KEY (id, noteable_type);
ALTER TABLE ONLY public.issue_notes
    ADD CONSTRAINT issue_notes_pkey PRIMARY KEY (id, noteable_type);
ALTER TABLE ONLY public.mr_notes
    ADD CONSTRAINT mr_notes_pkey PRIMARY KEY (id, noteable_type);
CREATE INDEX index_notes_on_note ON ONLY public.notes USING btree (note);
CREATE INDEX epic_notes_note_idx ON public.epic_notes USING btree (note);
CREATE INDEX issue_notes_note_idx ON public.issue_notes USING btree (note);
CREATE INDEX mr_notes_note_idx ON public.mr_notes USING btree (note);
ALTER INDEX public.index_notes_on_note ATTACH PARTITION public.epic_notes_note_idx;
ALTER INDEX public.notes_pkey ATTACH PARTITION public.epic_notes_pkey;
ALTER INDEX public.index_notes_on_note ATTACH PARTITION public.issue_notes_note_idx;
ALTER INDEX public.notes_pkey ATTACH PARTITION public.issue_notes_pkey;
ALTER INDEX public.index_notes_on_note ATTACH PARTITION public.mr_notes_note_idx;
ALTER INDEX public.notes_pkey ATTACH PARTITION public.mr_notes_pkey;
