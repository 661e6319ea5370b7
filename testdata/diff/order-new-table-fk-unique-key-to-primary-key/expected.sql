ALTER TABLE child DROP CONSTRAINT child_parent_id_fkey;

ALTER TABLE parent DROP CONSTRAINT parent_id_key;

CREATE TABLE sibling (
    parent_id integer
);

ALTER TABLE parent ADD CONSTRAINT parent_pkey PRIMARY KEY (id);

ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id);

ALTER TABLE sibling ADD CONSTRAINT sibling_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id);
