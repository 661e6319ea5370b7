CREATE TABLE links (
    a integer,
    b integer,
    c integer DEFAULT 0,
    d integer,
    e integer,
    CONSTRAINT links_a_fkey FOREIGN KEY (a) REFERENCES users (id) ON UPDATE CASCADE ON DELETE CASCADE,
    CONSTRAINT links_b_fkey FOREIGN KEY (b) REFERENCES users (id) ON UPDATE SET NULL ON DELETE SET NULL,
    CONSTRAINT links_c_fkey FOREIGN KEY (c) REFERENCES users (id) ON UPDATE SET DEFAULT ON DELETE SET DEFAULT,
    CONSTRAINT links_d_fkey FOREIGN KEY (d) REFERENCES users (id) ON UPDATE RESTRICT ON DELETE RESTRICT,
    CONSTRAINT links_e_fkey FOREIGN KEY (e) REFERENCES users (id)
);
