DROP INDEX docs_body_trgm_idx;

DROP EXTENSION pg_trgm;
