ALTER INDEX t_a_idx SET (fillfactor='070');
