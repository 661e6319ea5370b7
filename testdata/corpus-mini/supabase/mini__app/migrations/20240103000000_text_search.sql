create text search configuration mini_search (parser = pg_catalog."default");
