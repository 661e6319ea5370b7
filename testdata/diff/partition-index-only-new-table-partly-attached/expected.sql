CREATE TABLE measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer,
    unitsales integer
) PARTITION BY RANGE (logdate);

CREATE TABLE measurement_y2006 PARTITION OF measurement FOR VALUES FROM ('2006-01-01') TO ('2007-01-01');

CREATE TABLE measurement_y2007 PARTITION OF measurement FOR VALUES FROM ('2007-01-01') TO ('2008-01-01');

CREATE TABLE measurement_y2008 PARTITION OF measurement FOR VALUES FROM ('2008-01-01') TO ('2009-01-01');

CREATE TABLE measurement_y2009 PARTITION OF measurement FOR VALUES FROM ('2009-01-01') TO ('2010-01-01');

CREATE INDEX measurement_logdate_idx ON measurement (logdate);

CREATE INDEX measurement_usls_idx ON ONLY measurement (unitsales);

CREATE INDEX measurement_usls_200602_idx ON measurement_y2006 (unitsales);

CREATE INDEX measurement_usls_2007_idx ON measurement_y2007 (unitsales);

CREATE INDEX measurement_y2009_unitsales_idx ON measurement_y2009 (unitsales);

ALTER INDEX measurement_usls_idx ATTACH PARTITION measurement_usls_200602_idx;

ALTER INDEX measurement_usls_idx ATTACH PARTITION measurement_y2009_unitsales_idx;
