ALTER TYPE mood ADD VALUE 'happy' AFTER 'ok';

ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';
