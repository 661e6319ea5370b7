DROP INDEX m_a_idx;

CREATE INDEX m1_a_idx ON m1 (a);

CREATE INDEX m2_a_idx ON m2 (a);
