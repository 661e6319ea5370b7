CREATE TABLE later (
    id integer
);

GRANT SELECT ON TABLE account_names TO anon;

GRANT ALL ON TABLE account_names TO service_role;

GRANT SELECT ON TABLE accounts TO anon;

GRANT ALL ON TABLE accounts TO service_role;

GRANT USAGE ON SEQUENCE accounts_id_seq TO authenticated;

GRANT SELECT ON TABLE invoices TO anon;

GRANT ALL ON TABLE invoices TO service_role;

GRANT USAGE ON SEQUENCE invoices_id_seq TO authenticated;

REVOKE EXECUTE ON FUNCTION total() FROM PUBLIC;

GRANT EXECUTE ON FUNCTION total() TO authenticated;
