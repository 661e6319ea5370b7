-- an index makes no row type (a table does): a type may have its name
CREATE TABLE t (a int, b text);
