DROP INDEX things_note_idx;

-- schemac: destructive: table gone and all its rows
DROP TABLE gone;

-- schemac: destructive: column things.note and its data
ALTER TABLE things DROP COLUMN note;
