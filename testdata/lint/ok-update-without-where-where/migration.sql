UPDATE t SET note = '' WHERE note IS NULL;
