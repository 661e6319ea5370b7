CREATE TABLE settings (id integer PRIMARY KEY, theme text, lang text DEFAULT 'en', retries integer);
