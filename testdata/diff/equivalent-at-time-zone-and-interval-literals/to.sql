-- as PostgreSQL stores them (pg_dump's spelling, as pg_dump prints them)
CREATE TABLE events (
    id bigint PRIMARY KEY,
    created_at timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc'::text) NOT NULL,
    at timestamp with time zone,
    due timestamp without time zone,
    CONSTRAINT events_check CHECK (((due + '1 day'::interval) > created_at)),
    CONSTRAINT events_check1 CHECK (((due - '01:30:00'::interval) < (created_at + '02:30:00'::interval)))
);
CREATE INDEX events_day_idx ON public.events USING btree ((((at AT TIME ZONE 'UTC'::text))::date));
CREATE INDEX events_local_idx ON public.events USING btree (((at AT TIME ZONE 'Europe/Paris'::text)));
CREATE INDEX events_soon_idx ON public.events USING btree (due) WHERE ((due + '7 days'::interval) > created_at);
CREATE VIEW recent AS
 SELECT events.id,
    (events.at AT TIME ZONE 'UTC'::text) AS at_utc,
    (events.due + '12:00:00'::interval) AS late
   FROM public.events
  WHERE (events.created_at > ((now() AT TIME ZONE 'utc'::text) - '1 day'::interval));
