CREATE TABLE bp (id bigint, patient_id bigint, recorded_at timestamp);
CREATE TABLE bs (id bigint, patient_id bigint, recorded_at timestamp);
-- a right arm's names count inside a subquery or WITH query (pg_dump
-- prints them), not in the view's own UNION (pg_dump prints the view's)
CREATE VIEW visits AS
  WITH w AS (SELECT bp.id AS visit_id, bp.patient_id FROM bp
             UNION ALL SELECT bs.id AS other_id, bs.patient_id FROM bs)
  SELECT v.visit_id, v.visited_at, w.patient_id
    FROM (SELECT bp.id AS visit_id, bp.recorded_at AS visited_at FROM bp
          UNION ALL SELECT bs.id AS visit_id, bs.recorded_at AS visited_at FROM bs) v
    JOIN w ON w.visit_id = v.visit_id
  UNION ALL
  SELECT bs.id AS anything, bs.recorded_at, bs.patient_id FROM bs;
