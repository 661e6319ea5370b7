#!/bin/bash
#
# Environments on a real PostgreSQL 15 (issue 16 point 6): --env NAME reads
# .env.NAME.local, then .env.local, then .env (first match per variable),
# and schemac.json's environments; --env beats the shell's DATABASE_URL; an
# environment defined nowhere is exit 2 listing those that are; ENVIRONMENT
# (then NODE_ENV) picks one when --env is absent; every connecting command
# says where the URL came from, never the password, which is masked as a
# whole value.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'environments: .env files, schemac.json, ENVIRONMENT'

pg_start

. "$(dirname "$0")/lib-runtime.sh"


mkdir -p "$TEST_TMP/proj/migrations"
bad_url="postgresql://nobody@127.0.0.1:1/nowhere"

test_expect_success 'setup: databases a, b, c, d' '
	pg_createdb a && pg_createdb b && pg_createdb c && pg_createdb d &&
	(cd proj && sc hash >/dev/null)
'

test_expect_success '--env NAME: .env.NAME.local, then .env.local, then .env, per variable' '
	cd proj &&
	printf "DATABASE_URL=%s\n" "$(url a)" >.env.staging.local &&
	printf "DATABASE_URL=%s\n" "$(url b)" >.env.local &&
	printf "DATABASE_URL=%s\nDIRECT_URL=%s\n" "$(url c)" "$(url d)" >.env &&
	sc status --env staging >out &&
	grep "^database: a on .* (DATABASE_URL from .env.staging.local)$" out &&
	printf "OTHER=1\n" >.env.staging.local &&
	sc status --env staging >out &&
	grep "^database: b on .* (DATABASE_URL from .env.local)$" out &&
	rm .env.local &&
	sc status --env staging >out &&
	grep "^database: c on .* (DATABASE_URL from .env)$" out &&
	sc migrate --env staging >out &&
	grep "^database: d on .* (DIRECT_URL from .env)$" out &&
	rm .env .env.staging.local
'

test_expect_success 'pull and inspect name the database and where its URL came from' '
	cd proj &&
	printf "DATABASE_URL=%s\n" "$(url a)" >.env.staging.local &&
	mkdir pulled && sc pull --env staging --schema pulled/schema --migrations pulled/migrations >out 2>err &&
	grep "^database: a on .* (DATABASE_URL from .env.staging.local)$" err &&
	sc inspect --env staging >out 2>err &&
	grep "^database: a on .* (DATABASE_URL from .env.staging.local)$" err &&
	rm -r .env.staging.local pulled
'

test_expect_success '--env beats the shell DATABASE_URL; without --env the shell wins over the files' '
	cd proj &&
	printf "DATABASE_URL=%s\n" "$(url a)" >.env.staging.local &&
	printf "DATABASE_URL=%s\n" "$(url b)" >.env.local &&
	DATABASE_URL="$bad_url" sc status --env staging >out &&
	grep "^database: a on .* (DATABASE_URL from .env.staging.local)$" out &&
	DATABASE_URL="$(url c)" sc status >out &&
	grep "^database: c on .* (DATABASE_URL from the environment)$" out &&
	sc status >out &&
	grep "^database: b on .* (DATABASE_URL from .env.local)$" out &&
	rm .env.local .env.staging.local
'

test_expect_success 'schemac.json environments: the url, and where it came from' '
	cd proj &&
	printf "{\"environments\": {\"prod\": {\"url\": \"%s\", \"production\": true}, \"dev\": {}}}\n" "$(url b)" >schemac.json &&
	printf "DATABASE_URL=%s\n" "$(url a)" >.env.prod.local &&
	printf "DATABASE_URL=%s\n" "$(url c)" >.env.local &&
	DATABASE_URL="$bad_url" sc status --env prod >out &&
	grep "^database: b on .* (environment prod in schemac.json)$" out &&
	sc status --env dev >out &&
	grep "^database: c on .* (DATABASE_URL from .env.local)$" out &&
	rm .env.prod.local .env.local
'

test_expect_success 'an environment defined nowhere: exit 2, listing those that are' '
	cd proj &&
	touch .env.qa.local &&
	test_expect_code 2 sc status --env staging 2>err &&
	cat err &&
	grep "environment .staging. (--env) is defined nowhere; defined: prod (schemac.json), dev (schemac.json), qa (.env.qa.local)" err &&
	for cmd in migrate drift push seed export inspect; do
		test_expect_code 2 sc $cmd --env staging 2>err &&
		grep "is defined nowhere" err || return 1
	done &&
	test_expect_code 2 sc status --env "../x" 2>err &&
	grep "a name of letters" err &&
	rm .env.qa.local
'

test_expect_success 'ENVIRONMENT, then NODE_ENV, picks the environment when --env is absent' '
	cd proj &&
	printf "DATABASE_URL=%s\n" "$(url d)" >.env.dev.local &&
	ENVIRONMENT=prod NODE_ENV=dev sc status >out &&
	grep "^database: b on .* (environment prod in schemac.json)$" out &&
	NODE_ENV=dev sc status >out &&
	grep "^database: d on .* (DATABASE_URL from .env.dev.local)$" out &&
	ENVIRONMENT=prod sc status --env dev >out &&
	grep "^database: d on " out &&
	ENVIRONMENT=nowhere test_expect_code 2 sc status 2>err &&
	grep "environment .nowhere. (ENVIRONMENT) is defined nowhere" err &&
	NODE_ENV=development DATABASE_URL="$(url a)" sc status >out &&
	grep "^database: a on .* (DATABASE_URL from the environment)$" out &&
	ENVIRONMENT=prod test_expect_code 1 sc push 2>err &&
	grep "production environment" err &&
	rm .env.dev.local
'

test_expect_success 'the password never shows, and is masked only as a whole value' '
	cd proj &&
	test_expect_code 3 sc status --url "postgresql://u:on@127.0.0.1:1/x" 2>err &&
	cat err &&
	grep "cannot connect to x on 127.0.0.1:1: connection to server at \"127.0.0.1\", port 1 failed: Connection refused" err &&
	test_expect_code 2 sc status --url "postgresql://u:se%zzcret@127.0.0.1:1/x" 2>err &&
	cat err &&
	grep "bad database URL from --url" err &&
	! grep "se%zzcret" err &&
	grep "\*\*\*" err &&
	printf "DATABASE_URL=postgresql://u:Tr0ub4dor@127.0.0.1:1/x\n" >.env.qa.local &&
	test_expect_code 3 sc export --env qa 2>err >out &&
	! grep Tr0ub4dor err out &&
	grep "^database: x on 127.0.0.1:1 (DATABASE_URL from .env.qa.local)$" out &&
	rm .env.qa.local
'

test_done
