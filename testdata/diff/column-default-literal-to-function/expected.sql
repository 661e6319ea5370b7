ALTER TABLE posts ALTER COLUMN published_at SET DEFAULT now();

ALTER TABLE posts ALTER COLUMN day SET DEFAULT current_date;
