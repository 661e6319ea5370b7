-- text search configurations: created (COPY of a built-in one, then its
-- mappings edited; one from a parser, mapping by mapping), or dropped
CREATE TEXT SEARCH DICTIONARY my_dict (TEMPLATE = simple, STOPWORDS = english);
