-- column types changed to a new domain, and from a domain to its base type
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE DOMAIN name_t AS text;
CREATE TABLE items (id integer PRIMARY KEY, code text, qty positive DEFAULT 1, name name_t);
