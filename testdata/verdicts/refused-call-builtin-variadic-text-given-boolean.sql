CREATE TABLE t (d jsonb CHECK (jsonb_extract_path_text(d, 'k', true) <> ''));
