-- a default added, one dropped, one changed
CREATE TABLE settings (id integer PRIMARY KEY, theme text DEFAULT 'light', lang text, retries integer DEFAULT 3);
