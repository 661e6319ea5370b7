-- types over types, named so that name order is the wrong order: a domain
-- over a composite over a domain over an enum; a range over a domain;
-- created in dependency order and the old chain dropped in reverse
CREATE TYPE z_status AS ENUM ('on', 'off');
CREATE DOMAIN y_status AS z_status NOT NULL;
CREATE TYPE x_pair AS (a y_status, b y_status);
CREATE DOMAIN w_pair AS x_pair CHECK ((VALUE).a IS NOT NULL);
CREATE DOMAIN v_num AS numeric CHECK (VALUE > 0);
CREATE TYPE u_range AS RANGE (subtype = v_num);
CREATE TABLE diary (id integer PRIMARY KEY, p w_pair, r u_range);
