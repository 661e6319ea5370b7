-- an overlong slash (0xc0 0xaf) in a comment
CREATE TABLE a (id int);
/* À¯ */ CREATE TABLE b (id int);
