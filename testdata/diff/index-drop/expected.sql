DROP INDEX posts_author_idx;

DROP INDEX posts_created_key;
