create view profile_names as select full_name from profiles;
