ALTER TABLE people RENAME TO persons;

ALTER TABLE persons RENAME CONSTRAINT people_pkey TO persons_pkey;
