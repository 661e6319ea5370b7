alter table profiles add column avatar_url text;
create index profiles_full_name_idx on profiles (full_name);
