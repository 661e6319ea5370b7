CREATE TABLE c (
    p_code integer
);

-- schemac: destructive: column p.code changes type: values are converted with a cast; values that do not convert fail the migration
ALTER TABLE p ALTER COLUMN code TYPE integer USING code::integer;

ALTER TABLE c ADD CONSTRAINT c_p_code_fkey FOREIGN KEY (p_code) REFERENCES p (code);
