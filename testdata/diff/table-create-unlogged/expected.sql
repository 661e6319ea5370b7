CREATE UNLOGGED TABLE cache (
    key text NOT NULL,
    value jsonb,
    expires_at timestamp with time zone,
    CONSTRAINT cache_pkey PRIMARY KEY (key)
);
