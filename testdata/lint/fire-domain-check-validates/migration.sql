ALTER DOMAIN amount ADD CONSTRAINT amount_positive CHECK (VALUE > 0);
