CREATE SCHEMA s;
CREATE TABLE s.t (a text);
CREATE VIEW s.v AS SELECT x.a FROM s.t x JOIN s.u y ON true;
