-- text search configurations: created (COPY of a built-in one, then its
-- mappings edited; one from a parser, mapping by mapping), or dropped
CREATE TEXT SEARCH DICTIONARY my_dict (TEMPLATE = simple, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION my_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION my_english
    ALTER MAPPING FOR asciiword, word WITH my_dict, english_stem;
ALTER TEXT SEARCH CONFIGURATION my_english DROP MAPPING FOR email, url, url_path;
ALTER TEXT SEARCH CONFIGURATION my_english ALTER MAPPING REPLACE simple WITH my_dict;
COMMENT ON TEXT SEARCH CONFIGURATION my_english IS 'english, with my stopwords';
CREATE TEXT SEARCH CONFIGURATION plain (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION plain ADD MAPPING FOR asciiword, word WITH simple;
ALTER TEXT SEARCH CONFIGURATION plain ADD MAPPING FOR int, uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION plain DROP MAPPING IF EXISTS FOR email;
-- a copy of a copy, and of another built-in language
CREATE TEXT SEARCH CONFIGURATION plain2 (COPY = plain);
CREATE TEXT SEARCH CONFIGURATION my_russian (COPY = russian);
