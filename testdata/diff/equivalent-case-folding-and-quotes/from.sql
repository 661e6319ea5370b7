CREATE TABLE Users (ID Integer, "Name" TEXT, Email TEXT);
CREATE INDEX Users_Email_Idx ON USERS (EMAIL);
