-- schemac: destructive: table gone and all its rows
DROP TABLE gone;

DROP INDEX things_note_idx;

-- schemac: destructive: column things.note and its data
ALTER TABLE things DROP COLUMN note;
