CREATE TABLE secrets (id integer);
SECURITY LABEL FOR selinux ON TABLE secrets IS 'system_u:object_r:sepgsql_table_t:s0';
