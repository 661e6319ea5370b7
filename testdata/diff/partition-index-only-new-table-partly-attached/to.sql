-- a new partitioned table with two indexes on the parent. One is made
-- recursively (CREATE INDEX on the parent reaches every partition); the
-- other ON ONLY the parent, the way the PostgreSQL documentation builds
-- one partition at a time ("Partition Maintenance", CREATE INDEX ... ON
-- ONLY then ALTER INDEX ... ATTACH PARTITION): y2006's index is attached,
-- y2007's is made but not attached yet, y2008 has none, so the parent's
-- index stays invalid. y2009 is created after the ON ONLY index, so
-- PostgreSQL gives it a copy, attached
CREATE TABLE cities (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer,
    unitsales integer
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_y2006 PARTITION OF measurement
    FOR VALUES FROM ('2006-01-01') TO ('2007-01-01');
CREATE TABLE measurement_y2007 PARTITION OF measurement
    FOR VALUES FROM ('2007-01-01') TO ('2008-01-01');
CREATE TABLE measurement_y2008 PARTITION OF measurement
    FOR VALUES FROM ('2008-01-01') TO ('2009-01-01');
CREATE INDEX measurement_logdate_idx ON measurement (logdate);
CREATE INDEX measurement_usls_idx ON ONLY measurement (unitsales);
CREATE INDEX measurement_usls_200602_idx ON measurement_y2006 (unitsales);
ALTER INDEX measurement_usls_idx ATTACH PARTITION measurement_usls_200602_idx;
CREATE INDEX measurement_usls_2007_idx ON measurement_y2007 (unitsales);
CREATE TABLE measurement_y2009 PARTITION OF measurement
    FOR VALUES FROM ('2009-01-01') TO ('2010-01-01');
