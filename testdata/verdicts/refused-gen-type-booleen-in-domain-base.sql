CREATE DOMAIN d AS booleen;
