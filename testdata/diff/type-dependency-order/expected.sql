-- schemac: destructive: column diary.f and its data
ALTER TABLE diary DROP COLUMN f;

CREATE DOMAIN v_num AS numeric
    CONSTRAINT v_num_check CHECK (value > 0);

CREATE TYPE z_status AS ENUM ('on', 'off');

CREATE TYPE u_range AS RANGE (
    subtype = v_num
);

CREATE DOMAIN y_status AS z_status NOT NULL;

CREATE TYPE x_pair AS (
    a y_status,
    b y_status
);

CREATE DOMAIN w_pair AS x_pair
    CONSTRAINT w_pair_check CHECK ((value).a IS NOT NULL);

ALTER TABLE diary ADD COLUMN p w_pair;

ALTER TABLE diary ADD COLUMN r u_range;

DROP DOMAIN feeling_d;

DROP TYPE feeling;

DROP DOMAIN mood_d;

DROP TYPE mood;
