CREATE ACCESS METHOD myam TYPE INDEX HANDLER bthandler;

CREATE ACCESS METHOD mytam TYPE TABLE HANDLER heap_tableam_handler;

CREATE TEXT SEARCH TEMPLATE mytmpl (init = dsimple_init, lexize = dsimple_lexize);

CREATE TEXT SEARCH DICTIONARY mydict (stopwords = 'english', template = public.mytmpl);

CREATE CONVERSION myconv FOR 'UTF8' TO 'LATIN1'FROM utf8_to_iso8859_1;

CREATE TEXT SEARCH PARSER myprs ("end" = prsd_end, gettoken = prsd_nexttoken, headline = prsd_headline, lextypes = prsd_lextype, start = prsd_start);

CREATE TEXT SEARCH TEMPLATE mytmpl2 (lexize = dsimple_lexize);

COMMENT ON ACCESS METHOD myam IS 'my am';

COMMENT ON CONVERSION myconv IS 'to latin1';

COMMENT ON TEXT SEARCH PARSER myprs IS 'prs';

COMMENT ON TEXT SEARCH TEMPLATE mytmpl IS 'tmpl';
