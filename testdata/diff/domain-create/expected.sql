CREATE DOMAIN email AS text COLLATE "C"
    CONSTRAINT email_check CHECK (value ~ '@')
    CONSTRAINT email_short CHECK (length(value) < 200)
    CONSTRAINT email_check1 CHECK (value <> '');

CREATE DOMAIN score AS integer DEFAULT 0 NOT NULL
    CONSTRAINT score_check CHECK (value BETWEEN 0 AND 100);

CREATE DOMAIN tags AS character varying(20)[];

COMMENT ON CONSTRAINT email_short ON DOMAIN email IS 'short enough';

COMMENT ON DOMAIN email IS 'an address';
