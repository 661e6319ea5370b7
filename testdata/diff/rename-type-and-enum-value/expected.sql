ALTER TYPE mood RENAME TO feeling;

ALTER TYPE feeling RENAME VALUE 'ok' TO 'fine';

ALTER TABLE people ALTER COLUMN mood SET DEFAULT 'fine';
