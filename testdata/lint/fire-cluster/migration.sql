SET lock_timeout = '5s';
CLUSTER logs USING logs_pkey;
