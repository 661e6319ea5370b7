-- an explicit name longer than 63 bytes versus its truncated form
CREATE TABLE this_table_name_is_much_longer_than_sixty_three_bytes_so_it_is_ (
    id integer CONSTRAINT this_table_name_is_much_longer_than_sixty_three_bytes_so_i_pkey PRIMARY KEY
);
