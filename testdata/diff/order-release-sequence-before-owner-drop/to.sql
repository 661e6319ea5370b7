-- a serial column's table is dropped but its sequence stays: OWNED BY NONE first, or the drop takes it along
CREATE SEQUENCE a_id_seq AS integer;
