CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE t (id int, m mood CHECK (m = ANY (ARRAY['happy'::mood, 'glad'])));
