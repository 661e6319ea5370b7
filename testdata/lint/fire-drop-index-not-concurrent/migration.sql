DROP INDEX t_n_idx;
