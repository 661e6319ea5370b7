ALTER TABLE users ADD COLUMN status text DEFAULT 'active' NOT NULL;

ALTER TABLE users ADD COLUMN score integer DEFAULT 0 NOT NULL;

ALTER TABLE users ADD COLUMN joined_at timestamp with time zone DEFAULT now() NOT NULL;
