CREATE TABLE this_table_name_is_much_longer_than_sixty_three_bytes_so_it_is_truncated (
    id integer PRIMARY KEY
);
