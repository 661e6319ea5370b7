create table users (id bigint primary key, email text not null, name text, updated_at timestamptz);
