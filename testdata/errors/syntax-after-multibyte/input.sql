-- the column counts characters: é, ï, 日本語 are one column each
CREATE TABLE "café" (naïve text DEFAULT '日本語'); CREAT TABLE b (id int);
