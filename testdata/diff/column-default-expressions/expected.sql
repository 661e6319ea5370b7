ALTER TABLE tokens ADD COLUMN expires_at timestamp with time zone DEFAULT (now() + '30 days'::interval) NOT NULL;

ALTER TABLE tokens ADD COLUMN code text DEFAULT upper(md5(random()::text)) NOT NULL;

ALTER TABLE tokens ADD COLUMN tags text[] DEFAULT '{}' NOT NULL;

ALTER TABLE tokens ADD COLUMN meta jsonb DEFAULT '{"v": 1}'::jsonb NOT NULL;

ALTER TABLE tokens ADD COLUMN ratio numeric(4,3) DEFAULT (1.0 / 3);

ALTER TABLE tokens ADD COLUMN flags boolean[] DEFAULT (ARRAY[true, false]);
