-- names that are keywords but need no quotes (name, type, value, key, data, action, position)
CREATE TABLE data (
    key text PRIMARY KEY,
    name text,
    type text,
    value jsonb,
    action text,
    position integer
);
CREATE INDEX data_type_position_idx ON data (type, position);
