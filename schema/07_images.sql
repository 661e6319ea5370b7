-- Images uploaded to a project. The bytes live in object storage under
-- storage_key; this table keeps their metadata and their order in the project.

CREATE TABLE images (
    id              text        PRIMARY KEY DEFAULT gen_random_uuid()::text,
    project_id      text        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    uploaded_by     text        REFERENCES users (id) ON DELETE SET NULL,
    storage_key     text        NOT NULL UNIQUE,
    filename        text        NOT NULL,
    content_type    text        NOT NULL,
    byte_size       bigint      NOT NULL,
    width           integer,
    height          integer,
    checksum_sha256 text,
    sort_order      integer     NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (char_length(filename) BETWEEN 1 AND 255),
    CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif')),
    CHECK (byte_size > 0 AND byte_size <= 52428800),
    CONSTRAINT images_dimensions_check
        CHECK ((width IS NULL) = (height IS NULL) AND width > 0 AND height > 0),
    CHECK (checksum_sha256 ~ '^[0-9a-f]{64}$'),
    CHECK (sort_order >= 0)
);

-- Lists a project's images in order; also indexes the project_id foreign key.
CREATE INDEX images_project_id_sort_order_idx ON images (project_id, sort_order);

CREATE INDEX images_uploaded_by_idx ON images (uploaded_by);

COMMENT ON TABLE images IS 'Metadata of images uploaded to a project; the files are in object storage.';
COMMENT ON COLUMN images.storage_key IS 'Object storage key of the file, unique across all images.';
COMMENT ON COLUMN images.byte_size IS 'File size in bytes, at most 50 MiB.';
