ALTER TABLE slots DROP CONSTRAINT slots_room_starts_at_key;

ALTER TABLE slots ADD CONSTRAINT slots_room_starts_at_key UNIQUE NULLS NOT DISTINCT (room, starts_at);
