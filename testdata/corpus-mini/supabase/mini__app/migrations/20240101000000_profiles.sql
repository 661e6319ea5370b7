create table profiles (
  id uuid references auth.users not null primary key,
  full_name text
);
