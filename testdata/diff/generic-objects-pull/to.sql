-- the generic kinds pull reads from their catalogs: a conversion, access
-- methods, text search templates, a parser and a dictionary over one
CREATE CONVERSION myconv FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
CREATE ACCESS METHOD myam TYPE INDEX HANDLER bthandler;
CREATE ACCESS METHOD mytam TYPE TABLE HANDLER heap_tableam_handler;
CREATE TEXT SEARCH TEMPLATE mytmpl (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH TEMPLATE mytmpl2 (LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH PARSER myprs (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH DICTIONARY mydict (TEMPLATE = mytmpl, stopwords = 'english');
COMMENT ON CONVERSION myconv IS 'to latin1';
COMMENT ON ACCESS METHOD myam IS 'my am';
COMMENT ON TEXT SEARCH TEMPLATE mytmpl IS 'tmpl';
COMMENT ON TEXT SEARCH PARSER myprs IS 'prs';
