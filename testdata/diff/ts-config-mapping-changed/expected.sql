-- schemac: objects kept as their statements (compared by tree):
--   TEXT SEARCH CONFIGURATION doc_cfg: altered in place

ALTER TEXT SEARCH CONFIGURATION doc_cfg ALTER MAPPING FOR asciiword WITH simple;
ALTER TEXT SEARCH CONFIGURATION doc_cfg DROP MAPPING FOR numword;
