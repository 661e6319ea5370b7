CREATE TABLE t (a text, n int);
CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW WHEN (((lower(NEW.a)) IS NOT NULL)) EXECUTE FUNCTION suppress_redundant_updates_trigger();
