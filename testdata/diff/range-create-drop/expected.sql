DROP TYPE textrange;

CREATE TYPE pair AS RANGE (
    subtype = integer
);

CREATE TYPE patrange AS RANGE (
    subtype = text,
    subtype_opclass = text_pattern_ops
);

CREATE TYPE textrange AS RANGE (
    subtype = text,
    collation = "POSIX"
);

CREATE TYPE timerange AS RANGE (
    subtype = time without time zone,
    multirange_type_name = time_ranges
);

ALTER TABLE slots ADD COLUMN t timerange;

ALTER TABLE slots ADD COLUMN ts time_ranges;

ALTER TABLE slots ADD COLUMN p pair_multirange;

DROP TYPE gone;
