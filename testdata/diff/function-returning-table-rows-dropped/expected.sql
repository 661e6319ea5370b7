DROP FUNCTION prescriptions_of(bigint);

DROP FUNCTION drug_label(prescriptions);

-- schemac: destructive: table prescriptions and all its rows
DROP TABLE prescriptions;

CREATE TABLE other (
    id bigint NOT NULL,
    CONSTRAINT other_pkey PRIMARY KEY (id)
);
