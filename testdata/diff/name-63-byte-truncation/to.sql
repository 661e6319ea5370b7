-- implicit constraint and index names longer than 63 bytes are truncated by PostgreSQL
CREATE TABLE customer_subscription_billing_history_entries_for_accounts (
    id bigint PRIMARY KEY,
    external_payment_provider_reference_identifier text UNIQUE,
    amount_in_smallest_currency_units_including_tax bigint CHECK (amount_in_smallest_currency_units_including_tax >= 0)
);
CREATE INDEX ON customer_subscription_billing_history_entries_for_accounts (external_payment_provider_reference_identifier, amount_in_smallest_currency_units_including_tax);
