CREATE TYPE mood AS ENUM ('happy', 'sad');

CREATE DOMAIN pos AS integer
    CONSTRAINT pos_check CHECK (value > 0);

ALTER TABLE t ADD COLUMN m mood;

ALTER TABLE t ADD COLUMN p pos;

CREATE INDEX mood ON t (a);

CREATE INDEX pos ON t (b);

CREATE INDEX t_m_idx ON t (m);
