CREATE INDEX logs_at_idx ON app.logs (at DESC);
