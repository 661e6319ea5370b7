-- a truncated implicit name dropped, and a truncated foreign key name added
CREATE TABLE accounts_with_a_rather_long_name_for_testing (id bigint PRIMARY KEY);
CREATE TABLE customer_subscription_billing_history_entries_for_accounts (
    id bigint PRIMARY KEY,
    external_payment_provider_reference_identifier text,
    account_identifier_of_the_owner bigint REFERENCES accounts_with_a_rather_long_name_for_testing (id)
);
