-- schemac: destructive: column people.mail and its data
ALTER TABLE people DROP COLUMN mail;

DROP DOMAIN email;

DROP DOMAIN unused;
