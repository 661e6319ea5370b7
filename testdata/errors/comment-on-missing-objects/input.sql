create table t (id int);
comment on column t.nope is $$x$$;
comment on table nope is $$y$$;
