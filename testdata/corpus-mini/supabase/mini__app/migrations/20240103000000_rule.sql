create rule profiles_no_delete as on delete to profiles do instead nothing;
