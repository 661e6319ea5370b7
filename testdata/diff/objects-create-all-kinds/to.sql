create table users (id bigint primary key, email text not null, name text, updated_at timestamptz);
alter table users enable row level security;
create function set_updated_at() returns trigger language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end $$;
create trigger users_updated_at before update on users for each row execute function set_updated_at();
create view active_users as select id, email from users where name is not null;
create policy users_self on users for select to public using (id = current_setting('app.uid')::bigint);
comment on view active_users is 'who';
create materialized view mv as select count(*) from users with no data;
create index on mv (count);
