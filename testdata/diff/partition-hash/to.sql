CREATE TABLE sessions (id uuid NOT NULL, data jsonb);
-- hash partitions, with an operator class and collation on the key
CREATE TABLE tokens (token text COLLATE "C" NOT NULL, user_id bigint) PARTITION BY HASH (token text_pattern_ops);
CREATE TABLE tokens_0 PARTITION OF tokens FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE tokens_1 PARTITION OF tokens FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE UNIQUE INDEX tokens_token_key ON tokens (token);
