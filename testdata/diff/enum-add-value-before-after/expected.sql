ALTER TYPE level ADD VALUE 'lowest' BEFORE 'low';

ALTER TYPE level ADD VALUE 'medium' AFTER 'low';
