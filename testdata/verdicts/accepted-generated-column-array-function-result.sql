CREATE TABLE t (path text, parts text[] GENERATED ALWAYS AS (string_to_array(path, '/')) STORED, tags varchar[] DEFAULT string_to_array('a,b', ','));
