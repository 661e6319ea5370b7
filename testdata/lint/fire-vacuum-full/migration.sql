SET lock_timeout = '5s';
VACUUM FULL logs;
