-- The schema lints asked of a live PostgreSQL 15, as Supabase's advisors
-- (splinter) ask them, written for t/t2001-lint-schema-oracle.sh: one row
-- per finding, "rule<TAB>object", where object is named as
-- `schemac lint --schema` names it (schema-qualified unless public,
-- identifiers quoted as PostgreSQL needs).  psql variable: exposed, the
-- exposed schemas as an array literal ('{public}').
--
-- Where these queries ask something other than splinter does, it is on
-- purpose (README, "Schema lints against the server"): partitioned tables
-- count as tables and partitions are judged through their parent for keys,
-- indexes and foreign keys; a foreign key is covered by a valid, complete
-- btree index whose leading columns are its columns in any order (splinter:
-- exactly its columns, in order); a view's privileges are those Supabase's
-- default privileges give (the script grants them), so every view of an
-- exposed schema is readable by anon; aggregates are not functions here
-- (SET cannot be given to one); trigger functions are never called by the
-- API.
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only on
\pset fieldsep '\t'


WITH project_ns AS (
	SELECT n.oid, n.nspname FROM pg_namespace n
	WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'auth', 'storage',
				'extensions', 'graphql', 'graphql_public', 'realtime', 'vault',
				'pgsodium', 'pgsodium_masks', 'supabase_functions',
				'supabase_migrations', 'net', 'cron', 'pgbouncer')
	  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
),
rel AS (
	SELECT c.oid, c.relname, c.relkind, c.relispartition, c.relrowsecurity AS rls,
	       c.reloptions, ns.nspname,
	       CASE WHEN ns.nspname = 'public' THEN quote_ident(c.relname)
		    ELSE quote_ident(ns.nspname) || '.' || quote_ident(c.relname) END AS qn
	FROM pg_class c JOIN project_ns ns ON ns.oid = c.relnamespace
	WHERE c.relpersistence <> 't'
	  AND NOT EXISTS (SELECT 1 FROM pg_depend d
			  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
			    AND d.deptype = 'e')
),
tbl AS (
	SELECT r.*, EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = r.oid) AS has_policy
	FROM rel r WHERE r.relkind IN ('r', 'p')
),
fn AS (
	SELECT p.oid, p.prosecdef, p.proconfig, p.prorettype, ns.nspname,
	       CASE WHEN ns.nspname = 'public' THEN quote_ident(p.proname)
		    ELSE quote_ident(ns.nspname) || '.' || quote_ident(p.proname) END
	       || '(' || oidvectortypes(p.proargtypes) || ')' AS qn
	FROM pg_proc p JOIN project_ns ns ON ns.oid = p.pronamespace
	WHERE p.prokind IN ('f', 'p', 'w')
	  AND NOT EXISTS (SELECT 1 FROM pg_depend d
			  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
			    AND d.deptype = 'e')
),
idx AS (
	SELECT t.qn AS table_qn, ic.relname AS index_name,
	       concat_ws('|', i.indisunique, i.indnullsnotdistinct, ic.relam, i.indkey::text,
			 i.indnkeyatts, i.indcollation::text, i.indclass::text,
			 i.indoption::text, pg_get_expr(i.indexprs, i.indrelid),
			 pg_get_expr(i.indpred, i.indrelid), ic.reloptions::text) AS shape
	FROM pg_index i
	JOIN rel t ON t.oid = i.indrelid
	JOIN pg_class ic ON ic.oid = i.indexrelid
	WHERE t.relkind IN ('r', 'p', 'm') AND NOT t.relispartition AND i.indisvalid
),
findings AS (
	SELECT 'rls-without-policy' AS rule, qn AS object FROM tbl WHERE rls AND NOT has_policy
	UNION ALL
	SELECT 'policy-without-rls', qn FROM tbl WHERE NOT rls AND has_policy
	UNION ALL
	SELECT 'rls-disabled', qn FROM tbl
	WHERE NOT rls AND NOT has_policy AND nspname = ANY (:'exposed'::text[])
	UNION ALL
	SELECT 'security-definer-view', qn FROM rel
	WHERE relkind = 'v' AND nspname = ANY (:'exposed'::text[])
	  AND (has_table_privilege('anon', oid, 'SELECT')
	       OR has_table_privilege('authenticated', oid, 'SELECT'))
	  AND NOT coalesce(lower(reloptions::text)::text[], '{}') &&
	      ARRAY['security_invoker=1', 'security_invoker=true', 'security_invoker=yes',
		    'security_invoker=on']
	UNION ALL
	SELECT 'function-search-path-mutable', qn FROM fn
	WHERE NOT EXISTS (SELECT 1 FROM unnest(coalesce(proconfig, '{}')) AS s
			  WHERE s LIKE 'search\_path=%')
	UNION ALL
	SELECT 'security-definer-function', qn FROM fn
	WHERE prosecdef AND nspname = ANY (:'exposed'::text[])
	  AND prorettype NOT IN ('trigger'::regtype, 'event_trigger'::regtype)
	  AND (has_function_privilege('anon', oid, 'EXECUTE')
	       OR has_function_privilege('authenticated', oid, 'EXECUTE'))
	UNION ALL
	SELECT 'table-without-primary-key', qn FROM tbl t
	WHERE NOT relispartition
	  AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = t.oid AND i.indisprimary)
	UNION ALL
	SELECT 'duplicate-index', table_qn || ': ' || string_agg(index_name, ' ' ORDER BY index_name COLLATE "C")
	FROM idx GROUP BY table_qn, shape HAVING count(*) > 1
	UNION ALL
	SELECT 'foreign-key-without-index', t.qn || ' ' || k.conname
	FROM pg_constraint k JOIN tbl t ON t.oid = k.conrelid
	WHERE k.contype = 'f' AND NOT t.relispartition
	  AND NOT EXISTS (
		SELECT 1 FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
		JOIN pg_am am ON am.oid = ic.relam
		WHERE i.indrelid = k.conrelid AND i.indisvalid AND i.indpred IS NULL
		  AND am.amname = 'btree' AND i.indnkeyatts >= cardinality(k.conkey)
		  AND (SELECT array_agg(a ORDER BY a)
		       FROM unnest((i.indkey::int2[])[0:cardinality(k.conkey) - 1]) AS a)
		      = (SELECT array_agg(a ORDER BY a) FROM unnest(k.conkey) AS a))
)
SELECT rule, object FROM findings ORDER BY rule, object;
