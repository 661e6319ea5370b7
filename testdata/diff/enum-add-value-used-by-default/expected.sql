ALTER TYPE post_status ADD VALUE 'review' AFTER 'draft';

ALTER TABLE posts ALTER COLUMN status SET DEFAULT 'review';
