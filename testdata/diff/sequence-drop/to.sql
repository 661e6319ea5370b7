-- a sequence dropped
CREATE SEQUENCE keep_seq;
