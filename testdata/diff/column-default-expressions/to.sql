-- defaults that are expressions: arithmetic, casts, functions, arrays, json
CREATE TABLE tokens (
    id integer PRIMARY KEY,
    expires_at timestamptz NOT NULL DEFAULT now() + interval '30 days',
    code text NOT NULL DEFAULT upper(md5(random()::text)),
    tags text[] NOT NULL DEFAULT '{}',
    meta jsonb NOT NULL DEFAULT '{"v": 1}'::jsonb,
    ratio numeric(4,3) DEFAULT 1.0 / 3,
    flags boolean[] DEFAULT ARRAY[true, false]
);
