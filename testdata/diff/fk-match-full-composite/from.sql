CREATE TABLE regions (country text, code text, PRIMARY KEY (country, code));
CREATE TABLE offices (id integer PRIMARY KEY, country text, region text);
