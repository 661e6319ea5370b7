/*
 * introspect_objects.c - the readers of introspect.c for the objects past
 * tables, types and functions: text search configurations, operator
 * classes and families, languages, triggers, rules and statistics,
 * policies, publications and default privileges, each a pg_catalog query
 * written back as the DDL that makes it.
 */
#include "introspect_int.h"
#include "introspect.h"
#include "runtime_int.h"
#include "../compiler/build.h"

#include <stdio.h>
#include <stdlib.h>

void read_ts_configs(struct in *in, struct ptrvec *items)
{
	const char *sql = arena_printf(in->a,
		"SELECT c.oid, pg_catalog.format('CREATE TEXT SEARCH CONFIGURATION %%I.%%I (PARSER = %%I.%%I);',"
		"  n.nspname, c.cfgname, pn.nspname, p.prsname)"
		"  OPERATOR(pg_catalog.||) COALESCE((SELECT pg_catalog.string_agg(pg_catalog.format("
		"   E'\\nALTER TEXT SEARCH CONFIGURATION %%I.%%I ADD MAPPING FOR %%I WITH %%s;', n.nspname, c.cfgname,"
		"   t.alias, m.dicts), '' ORDER BY t.alias)"
		"   FROM (SELECT mm.maptokentype, pg_catalog.string_agg(pg_catalog.format('%%I.%%I', dn.nspname, d.dictname),"
		"    ', ' ORDER BY mm.mapseqno) AS dicts FROM pg_catalog.pg_ts_config_map mm"
		"    JOIN pg_catalog.pg_ts_dict d ON d.oid" EQ "mm.mapdict JOIN pg_catalog.pg_namespace dn ON dn.oid" EQ "d.dictnamespace"
		"    WHERE mm.mapcfg" EQ "c.oid GROUP BY mm.maptokentype) m"
		"   JOIN pg_catalog.ts_token_type(c.cfgparser) t ON t.tokid" EQ "m.maptokentype), '')"
		" FROM pg_catalog.pg_ts_config c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.cfgnamespace"
		" JOIN pg_catalog.pg_ts_parser p ON p.oid" EQ "c.cfgparser JOIN pg_catalog.pg_namespace pn ON pn.oid" EQ "p.prsnamespace"
		" WHERE %s AND %s ORDER BY c.oid",
		in_schema_pred(in, "c.cfgnamespace"), not_member(in, "pg_ts_config", "c.oid"));
	items_query(in, items, sql);
}

/* An operator family's or class's member over pg_amop ao or pg_amproc ap:
 * OPERATOR n op(left,right) [FOR ORDER BY family], FUNCTION n (left, right)
 * function(args). */
#define AMOP_ITEM                                                                                  \
	"pg_catalog.format('OPERATOR %%s %%s.%%s(%%s,%%s)%%s', ao.amopstrategy, on_.nspname, op.oprname,"   \
	" pg_catalog.format_type(ao.amoplefttype, NULL), pg_catalog.format_type(ao.amoprighttype, NULL),"   \
	" CASE WHEN ao.amoppurpose" EQ "'o' THEN (SELECT pg_catalog.format(' FOR ORDER BY %%I.%%I', sn.nspname, sf.opfname)" \
	"  FROM pg_catalog.pg_opfamily sf JOIN pg_catalog.pg_namespace sn ON sn.oid" EQ "sf.opfnamespace"   \
	"  WHERE sf.oid" EQ "ao.amopsortfamily) ELSE '' END)"
#define AMOP_FROM                                                                                  \
	" pg_catalog.pg_amop ao JOIN pg_catalog.pg_operator op ON op.oid" EQ "ao.amopopr"                \
	" JOIN pg_catalog.pg_namespace on_ ON on_.oid" EQ "op.oprnamespace"
#define AMPROC_ITEM                                                                                \
	"pg_catalog.format('FUNCTION %%s (%%s, %%s) %%s', ap.amprocnum, pg_catalog.format_type(ap.amproclefttype, NULL)," \
	" pg_catalog.format_type(ap.amprocrighttype, NULL), ap.amproc::pg_catalog.regprocedure)"
/* ... a member (catalog cls, row x) that depends on object oid of refcls */
#define MEMBER_OF(cls, x, refcls, oid)                                                             \
	"EXISTS (SELECT FROM pg_catalog.pg_depend md WHERE md.classid" EQ "'pg_catalog." cls "'::pg_catalog.regclass" \
	" AND md.objid" EQ x ".oid AND md.refclassid" EQ "'pg_catalog." refcls "'::pg_catalog.regclass"   \
	" AND md.refobjid" EQ oid ")"

void read_opclasses(struct in *in, struct ptrvec *items)
{
	const char *sql = arena_printf(in->a,
		"SELECT f.oid, pg_catalog.format('CREATE OPERATOR FAMILY %%I.%%I USING %%I;', n.nspname, f.opfname, m.amname)"
		"  FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace n ON n.oid" EQ "f.opfnamespace"
		"  JOIN pg_catalog.pg_am m ON m.oid" EQ "f.opfmethod WHERE %s AND %s"
		" UNION ALL SELECT ao.oid, pg_catalog.format('ALTER OPERATOR FAMILY %%I.%%I USING %%I ADD %%s;', n.nspname,"
		"  f.opfname, m.amname, " AMOP_ITEM ")"
		"  FROM" AMOP_FROM " JOIN pg_catalog.pg_opfamily f ON f.oid" EQ "ao.amopfamily"
		"  JOIN pg_catalog.pg_namespace n ON n.oid" EQ "f.opfnamespace JOIN pg_catalog.pg_am m ON m.oid" EQ "f.opfmethod"
		"  WHERE %s AND %s AND " MEMBER_OF("pg_amop", "ao", "pg_opfamily", "f.oid")
		" UNION ALL SELECT ap.oid, pg_catalog.format('ALTER OPERATOR FAMILY %%I.%%I USING %%I ADD %%s;', n.nspname,"
		"  f.opfname, m.amname, " AMPROC_ITEM ")"
		"  FROM pg_catalog.pg_amproc ap JOIN pg_catalog.pg_opfamily f ON f.oid" EQ "ap.amprocfamily"
		"  JOIN pg_catalog.pg_namespace n ON n.oid" EQ "f.opfnamespace JOIN pg_catalog.pg_am m ON m.oid" EQ "f.opfmethod"
		"  WHERE %s AND %s AND " MEMBER_OF("pg_amproc", "ap", "pg_opfamily", "f.oid")
		" UNION ALL SELECT c.oid, pg_catalog.format('CREATE OPERATOR CLASS %%I.%%I %%sFOR TYPE %%s USING %%I FAMILY %%I.%%I AS %%s;',"
		"  n.nspname, c.opcname, CASE WHEN c.opcdefault THEN 'DEFAULT ' ELSE '' END, pg_catalog.format_type(c.opcintype, NULL),"
		"  m.amname, fn.nspname, f.opfname, pg_catalog.concat_ws(', ',"
		"  CASE WHEN c.opckeytype" NE "0 THEN 'STORAGE ' OPERATOR(pg_catalog.||) pg_catalog.format_type(c.opckeytype, NULL) END,"
		"  (SELECT pg_catalog.string_agg(" AMOP_ITEM ", ', ' ORDER BY ao.amopstrategy, ao.amoplefttype, ao.amoprighttype)"
		"   FROM" AMOP_FROM " WHERE " MEMBER_OF("pg_amop", "ao", "pg_opclass", "c.oid") "),"
		"  (SELECT pg_catalog.string_agg(" AMPROC_ITEM ", ', ' ORDER BY ap.amprocnum, ap.amproclefttype, ap.amprocrighttype)"
		"   FROM pg_catalog.pg_amproc ap WHERE " MEMBER_OF("pg_amproc", "ap", "pg_opclass", "c.oid") ")))"
		"  FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.opcnamespace"
		"  JOIN pg_catalog.pg_am m ON m.oid" EQ "c.opcmethod JOIN pg_catalog.pg_opfamily f ON f.oid" EQ "c.opcfamily"
		"  JOIN pg_catalog.pg_namespace fn ON fn.oid" EQ "f.opfnamespace WHERE %s AND %s"
		" ORDER BY 1",
		in_schema_pred(in, "f.opfnamespace"), not_member(in, "pg_opfamily", "f.oid"),
		in_schema_pred(in, "f.opfnamespace"), not_member(in, "pg_opfamily", "f.oid"),
		in_schema_pred(in, "f.opfnamespace"), not_member(in, "pg_opfamily", "f.oid"),
		in_schema_pred(in, "c.opcnamespace"), not_member(in, "pg_opclass", "c.oid"));
	items_query(in, items, sql);
}

void read_languages(struct in *in, struct ptrvec *items)
{
	const char *sql = arena_printf(in->a,
		"SELECT l.oid, pg_catalog.format('CREATE %%sLANGUAGE %%I HANDLER %%s%%s%%s;',"
		"  CASE WHEN l.lanpltrusted THEN 'TRUSTED ' ELSE '' END, l.lanname, l.lanplcallfoid::pg_catalog.regproc,"
		"  CASE WHEN l.laninline" NE "0 THEN ' INLINE ' OPERATOR(pg_catalog.||) l.laninline::pg_catalog.regproc::pg_catalog.text ELSE '' END,"
		"  CASE WHEN l.lanvalidator" NE "0 THEN ' VALIDATOR ' OPERATOR(pg_catalog.||) l.lanvalidator::pg_catalog.regproc::pg_catalog.text ELSE '' END)"
		"  FROM pg_catalog.pg_language l WHERE l.oid" GT "16383 AND l.lanispl AND %s"
		" UNION ALL SELECT t.oid, pg_catalog.format('CREATE TRANSFORM FOR %%s LANGUAGE %%I (%%s);',"
		"  pg_catalog.format_type(t.trftype, NULL), l.lanname, pg_catalog.concat_ws(', ',"
		"  CASE WHEN t.trffromsql" NE "0 THEN 'FROM SQL WITH FUNCTION ' OPERATOR(pg_catalog.||) t.trffromsql::pg_catalog.regprocedure::pg_catalog.text END,"
		"  CASE WHEN t.trftosql" NE "0 THEN 'TO SQL WITH FUNCTION ' OPERATOR(pg_catalog.||) t.trftosql::pg_catalog.regprocedure::pg_catalog.text END))"
		"  FROM pg_catalog.pg_transform t JOIN pg_catalog.pg_language l ON l.oid" EQ "t.trflang WHERE %s"
		" UNION ALL SELECT u.umid, pg_catalog.format('CREATE USER MAPPING FOR %%s SERVER %%I%%s;',"
		"  CASE WHEN u.umuser" EQ "0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(u.usename) END, u.srvname,"
		"  " FDW_OPTIONS("u.umoptions") ")"
		"  FROM pg_catalog.pg_user_mappings u WHERE %s"
		" ORDER BY 1",
		not_member(in, "pg_language", "l.oid"), not_member(in, "pg_transform", "t.oid"),
		not_member(in, "pg_foreign_server", "u.srvid"));
	items_query(in, items, sql);
}

/* ---- phase 5: triggers, event triggers, RLS, policies -------------------- */

void read_triggers(struct in *in)
{
	const char *sql = arena_printf(in->a,
		"SELECT pg_catalog.pg_get_triggerdef(t.oid), t.tgenabled,"
		" pg_catalog.format('%%I.%%I', n.nspname, c.relname), pg_catalog.format('%%I', t.tgname)"
		" FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid" EQ "t.tgrelid"
		" JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" WHERE NOT t.tgisinternal AND t.tgparentid" EQ "0 AND %s"
		" ORDER BY c.oid, t.tgname",
		user_rel(in));
	PGresult *r = in_query(in, sql);

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		char st = in_val(r, i, 1)[0];
		sb_addf(in->out, "%s;\n", in_val(r, i, 0));
		if (st != 'O')
			sb_addf(in->out, "ALTER TABLE %s %s TRIGGER %s;\n", in_val(r, i, 2),
				st == 'D' ? "DISABLE" : st == 'R' ? "ENABLE REPLICA" : "ENABLE ALWAYS",
				in_val(r, i, 3));
	}
	PQclear(r);
	r = in_query(in, arena_printf(in->a,
		"SELECT pg_catalog.format('%%I', e.evtname), e.evtevent, e.evtfoid::pg_catalog.regproc,"
		" (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(x), ', ') FROM pg_catalog.unnest(e.evttags) x),"
		" e.evtenabled FROM pg_catalog.pg_event_trigger e WHERE %s ORDER BY e.evtname",
		not_member(in, "pg_event_trigger", "e.oid")));
	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		char st = in_val(r, i, 4)[0];
		sb_addf(in->out, "CREATE EVENT TRIGGER %s ON %s", in_val(r, i, 0), in_val(r, i, 1));
		if (in_val(r, i, 3))
			sb_addf(in->out, " WHEN TAG IN (%s)", in_val(r, i, 3));
		sb_addf(in->out, " EXECUTE FUNCTION %s();\n", in_val(r, i, 2));
		if (st != 'O')
			sb_addf(in->out, "ALTER EVENT TRIGGER %s %s;\n", in_val(r, i, 0),
				st == 'D' ? "DISABLE" : st == 'R' ? "ENABLE REPLICA" : "ENABLE ALWAYS");
	}
	PQclear(r);
}

void read_rules_statistics(struct in *in)
{
	in_statements(in, arena_printf(in->a,
		"SELECT pg_catalog.pg_get_ruledef(r.oid) OPERATOR(pg_catalog.||) CASE r.ev_enabled"
		"  WHEN 'O' THEN '' ELSE pg_catalog.format(E'\\nALTER TABLE %%s %%s RULE %%I;', r.ev_class::pg_catalog.regclass,"
		"  CASE r.ev_enabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE ALWAYS' END, r.rulename) END"
		" FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid" EQ "r.ev_class"
		" WHERE r.rulename" NE "'_RETURN' AND %s AND %s AND c.oid" NE "%s ORDER BY c.oid, r.rulename",
		in_schema_pred(in, "c.relnamespace"), not_member(in, "pg_rewrite", "r.oid"), in->skip_table), false);
	in_statements(in, arena_printf(in->a,
		"SELECT pg_catalog.pg_get_statisticsobjdef(s.oid) OPERATOR(pg_catalog.||) ';'"
		" OPERATOR(pg_catalog.||) CASE WHEN s.stxstattarget" GT "-1 THEN pg_catalog.format("
		"  E'\\nALTER STATISTICS %%I.%%I SET STATISTICS %%s;', n.nspname, s.stxname, s.stxstattarget) ELSE '' END"
		" FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid" EQ "s.stxnamespace"
		" WHERE %s AND %s ORDER BY s.oid",
		in_schema_pred(in, "s.stxnamespace"), not_member(in, "pg_statistic_ext", "s.oid")), false);
}

void read_policies(struct in *in)
{
	const char *sql = arena_printf(in->a,
		"SELECT pg_catalog.format('%%I.%%I', n.nspname, c.relname), c.relrowsecurity, c.relforcerowsecurity,"
		" pg_catalog.quote_ident(p.polname), p.polpermissive, p.polcmd,"
		" (SELECT pg_catalog.string_agg(CASE WHEN r" EQ "0 THEN 'PUBLIC' ELSE pg_catalog.format('%%I', pg_catalog.pg_get_userbyid(r)) END, ', ')"
		"   FROM pg_catalog.unnest(p.polroles) r),"
		" pg_catalog.pg_get_expr(p.polqual, p.polrelid), pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid)"
		" FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" LEFT JOIN pg_catalog.pg_policy p ON p.polrelid" EQ "c.oid"
		" WHERE c.relkind" EQ "ANY ('{r,p}'::pg_catalog.char[]) AND %s"
		" AND (c.relrowsecurity OR c.relforcerowsecurity OR p.oid IS NOT NULL)"
		" ORDER BY c.oid, p.polname",
		user_rel(in));
	PGresult *r = in_query(in, sql);
	const char *last = "";

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		const char *t = in_val(r, i, 0);
		if (strcmp(t, last) != 0) {
			if (in_is_true(r, i, 1))
				sb_addf(in->out, "ALTER TABLE %s ENABLE ROW LEVEL SECURITY;\n", t);
			if (in_is_true(r, i, 2))
				sb_addf(in->out, "ALTER TABLE %s FORCE ROW LEVEL SECURITY;\n", t);
			last = t;
		}
		if (in_val(r, i, 3)) {
			char cmd = in_val(r, i, 5)[0];
			sb_addf(in->out, "CREATE POLICY %s ON %s AS %s FOR %s TO %s", in_val(r, i, 3), t,
				in_is_true(r, i, 4) ? "PERMISSIVE" : "RESTRICTIVE",
				cmd == 'r' ? "SELECT" : cmd == 'a' ? "INSERT" : cmd == 'w' ? "UPDATE"
				: cmd == 'd' ? "DELETE" : "ALL", in_val(r, i, 6) ? in_val(r, i, 6) : "PUBLIC");
			if (in_val(r, i, 7))
				sb_addf(in->out, " USING (%s)", in_val(r, i, 7));
			if (in_val(r, i, 8))
				sb_addf(in->out, " WITH CHECK (%s)", in_val(r, i, 8));
			sb_adds(in->out, ";\n");
		}
	}
	PQclear(r);
}

void read_publications(struct in *in)
{
	PGresult *r = in_query(in, arena_printf(in->a,
		"SELECT pg_catalog.format('%%I', p.pubname), p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete,"
		" p.pubtruncate, p.pubviaroot FROM pg_catalog.pg_publication p WHERE %s ORDER BY p.pubname",
		not_member(in, "pg_publication", "p.oid")));
	static const char *const ops[] = { "insert", "update", "delete", "truncate" };

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		bool first = true;
		sb_addf(in->out, "CREATE PUBLICATION %s%s WITH (publish = '", in_val(r, i, 0),
			in_is_true(r, i, 1) ? " FOR ALL TABLES" : "");
		for (int k = 0; k < 4; k++)
			if (in_is_true(r, i, 2 + k)) {
				sb_addf(in->out, "%s%s", first ? "" : ", ", ops[k]);
				first = false;
			}
		sb_addf(in->out, "', publish_via_partition_root = %s);\n", in_is_true(r, i, 6) ? "true" : "false");
	}
	PQclear(r);
	r = in_query(in, arena_printf(in->a,
		"SELECT pg_catalog.format('ALTER PUBLICATION %%I ADD TABLE ONLY %%I.%%I;', p.pubname, n.nspname, c.relname),"
		" pr.prqual IS NOT NULL OR pr.prattrs IS NOT NULL, pg_catalog.format('%%I.%%I', n.nspname, c.relname)"
		" FROM pg_catalog.pg_publication_rel pr JOIN pg_catalog.pg_publication p ON p.oid" EQ "pr.prpubid"
		" JOIN pg_catalog.pg_class c ON c.oid" EQ "pr.prrelid JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" WHERE %s ORDER BY p.pubname, n.nspname, c.relname", in_schema_pred(in, "c.relnamespace")));
	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		if (in_is_true(r, i, 1))
			introspect_warn(in, "a publication of table %s has a column list or WHERE, which schemac does not model;"
				 " pulled without them", in_val(r, i, 2));
		sb_addf(in->out, "%s\n", in_val(r, i, 0));
	}
	PQclear(r);
	in_statements(in, arena_printf(in->a,
		"SELECT pg_catalog.format('ALTER PUBLICATION %%I ADD TABLES IN SCHEMA %%I;', p.pubname, n.nspname)"
		" FROM pg_catalog.pg_publication_namespace pn JOIN pg_catalog.pg_publication p ON p.oid" EQ "pn.pnpubid"
		" JOIN pg_catalog.pg_namespace n ON n.oid" EQ "pn.pnnspid WHERE %s ORDER BY p.pubname, n.nspname",
		in_schema_pred(in, "n.oid")), false);
}

void read_default_privileges(struct in *in)
{
	PGresult *r = in_query(in, arena_printf(in->a,
		"SELECT d.oid, pg_catalog.format('ALTER DEFAULT PRIVILEGES FOR ROLE %%I', pg_catalog.pg_get_userbyid(d.defaclrole))"
		" OPERATOR(pg_catalog.||) CASE WHEN d.defaclnamespace" EQ "0 THEN '' ELSE"
		"  pg_catalog.format(' IN SCHEMA %%I', (SELECT nspname FROM pg_catalog.pg_namespace WHERE oid" EQ "d.defaclnamespace)) END,"
		" CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'"
		"  WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END, d.defaclnamespace" EQ "0,"
		" pg_catalog.format('%%I', pg_catalog.pg_get_userbyid(d.defaclrole)),"
		" CASE WHEN x.grantee" EQ "0 THEN 'PUBLIC' ELSE pg_catalog.format('%%I', pg_catalog.pg_get_userbyid(x.grantee)) END,"
		" x.privilege_type, x.is_grantable"
		" FROM pg_catalog.pg_default_acl d LEFT JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) x ON true"
		" WHERE d.defaclnamespace" EQ "0 OR %s ORDER BY 2, 3, x.grantee, x.privilege_type",
		in_schema_pred(in, "d.defaclnamespace")));
	const char *last = "";

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		const char *pre = in_val(r, i, 1), *kind = in_val(r, i, 2);
		if (strcmp(in_val(r, i, 0), last) != 0 && in_is_true(r, i, 3)) {
			sb_addf(in->out, "%s REVOKE ALL ON %s FROM PUBLIC;\n", pre, kind);
			sb_addf(in->out, "%s REVOKE ALL ON %s FROM %s;\n", pre, kind, in_val(r, i, 4));
		}
		last = in_val(r, i, 0);
		if (in_val(r, i, 6))
			sb_addf(in->out, "%s GRANT %s ON %s TO %s%s;\n", pre, in_val(r, i, 6), kind, in_val(r, i, 5),
				in_is_true(r, i, 7) ? " WITH GRANT OPTION" : "");
	}
	PQclear(r);
}
