CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE t (id int, m mood CHECK (m = ANY (ARRAY['happy'::mood, 'sad'])), n mood CHECK (n = ANY ('{happy,"sad"}')), o mood CHECK (o IN ('happy', 'sad')), s text CHECK (s = ANY (ARRAY['happy', 'sad'])));
