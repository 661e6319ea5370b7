ALTER TYPE mood ADD VALUE 'c';
UPDATE t SET note = 'x' WHERE 'c'::mood = 'c';
