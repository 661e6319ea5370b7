-- node locations are byte offsets; the column still counts characters
CREATE TABLE "café" (naïve text); CREATE INDEX ON "crème" (naïve);
