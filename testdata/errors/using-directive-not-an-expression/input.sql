CREATE TABLE t (
    -- schemac:using created +
    created bigint
);
