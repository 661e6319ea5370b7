CREATE TABLE docs (id bigint PRIMARY KEY, title text DEFAULT current_user, at timestamptz DEFAULT now(), ok boolean DEFAULT true);
