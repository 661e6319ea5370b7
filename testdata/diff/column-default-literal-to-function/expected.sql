ALTER TABLE posts ALTER COLUMN day SET DEFAULT current_date;

ALTER TABLE posts ALTER COLUMN published_at SET DEFAULT now();
