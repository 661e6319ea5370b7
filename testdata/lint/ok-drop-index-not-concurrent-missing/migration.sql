-- the index was dropped by hand already: IF EXISTS drops nothing, locks nothing
DROP INDEX IF EXISTS t_old_idx;
