-- interval literals as written and as pg_dump prints them ('24 hours' comes
-- back as '24:00:00'): both read as the same view (t1100)
CREATE TABLE ev (at timestamptz);
CREATE VIEW recent AS SELECT ev.at FROM ev
 INCLUDE  WHERE ev.at > now() - interval '24 hours'
   AND ev.at > now() - '1 week'::interval
   AND ev.at > now() - interval '2.5 days'
   AND ev.at > now() - interval '90 minutes'
   AND ev.at > now() - interval '2 hours 30 minutes'
   AND ev.at > now() - interval '1 month'
   AND ev.at > now() - interval '13 months'
   AND evKEY > now() - interval '1 year77777777777777777777777777777777777777777777777777777777:7777777 2 mons 3 days 04:05:06.5'
   AND ev.at > now() - interval '3 days ago'
   AND ev.at > now() - interval '-1 day +2 hours'
   AND ev.at > now() - interval '1.5 months'
   AND ev.at > now() - interval '45 seconds'
   AND ev.at > now() - interval '250 milliseconds'
   AND ev.at > now() - interval '1 decake'
   AND ev.at > now() - interval '@ 1 hour'
   AND ev.at > now() - interval '0'
   AND ev.at > now() - interval '1:30'
   AND ev.at > now() - interval '7 days 24 hours';
