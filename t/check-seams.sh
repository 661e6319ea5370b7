#!/bin/bash
#
# t/check-seams.sh OBJDIR: the seams issue 15 asks to keep. Prints each
# source file of compiler/ and runtime/ over 1,500 lines, and each function
# or datum that an object of OBJDIR (its compiler/ and runtime/ *.o, as
# `make` leaves them) exports but no other object uses: it should be
# `static`, or move to the file that uses it (t/split-files.py). A name
# that a unit test (t/unit/*.c) calls counts as used. Exit 0 when nothing
# is printed, 1 otherwise.
#
#	make schemac && t/check-seams.sh build/release

set -u
top=$(cd "$(dirname "$0")/.." && pwd -P)
objdir=${1:?usage: t/check-seams.sh OBJDIR}
bad=0
for f in "$top"/compiler/*.c "$top"/runtime/*.c; do
	n=$(wc -l <"$f")
	if test "$n" -gt 1500; then
		echo "long: ${f#"$top"/} has $n lines"
		bad=1
	fi
done
objs=$(ls "$objdir"/compiler/*.o "$objdir"/runtime/*.o) || exit 2
# defined: "symbol object"; used: symbols undefined in each object
# shellcheck disable=SC2086
once=$(
	for o in $objs; do
		nm --defined-only -g "$o" | awk -v o="${o#"$objdir"/}" '$2 ~ /^[TDBR]$/ { print $3, o }'
	done | LC_ALL=C sort >"${TMPDIR:-/tmp}/seams.def.$$"
	for o in $objs; do
		nm -u "$o" | awk '{ print $2 }' | LC_ALL=C sort -u
	done | LC_ALL=C sort -u >"${TMPDIR:-/tmp}/seams.use.$$"
	LC_ALL=C join -v 1 "${TMPDIR:-/tmp}/seams.def.$$" "${TMPDIR:-/tmp}/seams.use.$$"
	rm -f "${TMPDIR:-/tmp}/seams.def.$$" "${TMPDIR:-/tmp}/seams.use.$$"
)
while read -r sym obj; do
	test -n "$sym" || continue
	test "$sym" = main && continue
	grep -qw -- "$sym" "$top"/t/unit/*.c 2>/dev/null && continue
	echo "exported, used in its own file only: $sym ($obj)"
	bad=1
done <<<"$once"
exit $bad
