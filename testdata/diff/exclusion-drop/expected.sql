ALTER TABLE reservations DROP CONSTRAINT reservations_during_excl;
