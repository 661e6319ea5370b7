CREATE INDEX c_p_id ON c (p_id);
