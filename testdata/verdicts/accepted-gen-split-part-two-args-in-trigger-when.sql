CREATE TABLE t (a text, n int);
CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW WHEN (((split_part(NEW.a, ',', 1)) IS NOT NULL)) EXECUTE FUNCTION suppress_redundant_updates_trigger();
