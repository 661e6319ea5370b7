VACUUM (FULL false) logs;
