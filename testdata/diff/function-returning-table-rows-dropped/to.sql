-- the table goes, and with it the functions whose signatures name its row
-- type: they are dropped before it
CREATE TABLE other (id bigint PRIMARY KEY);
