#!/bin/sh
# The Makefile installs Debian packages only for `make run` and `make test`:
# plain `make` never runs tools/deps.sh, and for run and test every object waits
# for the packages through an order-only prerequisite, so that `make -j2 test`
# cannot compile before they are installed. Read from make's own database
# (`make -pn`): nothing is built or installed.
. "$(dirname "$0")/lib.inc"
cd "$(dirname "$0")/../.." || exit 1
if [ "$KINERJA_ENGINE" = pg ]; then
	skip "the Makefile does not depend on the database engine (checked on the SQLite pass)"
	echo "1..$n"
	exit 0
fi
B=${BUILD:-build}
# A make of its own, not a sub-make of the `make test` that may be running this.
M="env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make --no-print-directory BUILD=$B"
$M -n -B all >"$TMP/all" 2>&1
check "make rebuilds without running tools/deps.sh" sh -c "! grep -q 'deps.sh' '$TMP/all'"
$M -n -B -j2 >"$TMP/j2" 2>&1
check "make -j2 neither" sh -c "! grep -q 'deps.sh' '$TMP/j2'"
# objs GOAL...: the rules of the objects in make's database for those goals
objs() {
	$M -pn "$@" 2>/dev/null | grep -E "^$B/[^ :%]*\.o:" | sort -u
}
objs all >"$TMP/o.all"
objs test >"$TMP/o.test"
objs run >"$TMP/o.run"
alle=$(grep -c . "$TMP/o.all")
check "make's database lists the objects ($alle)" test "$alle" -gt 10
eq "make test knows the same objects" "$alle" "$(grep -c . "$TMP/o.test")"
eq "make run knows the same objects" "$alle" "$(grep -c . "$TMP/o.run")"
eq "under make no object waits for deps" "0" "$(grep -c '| .*deps' "$TMP/o.all")"
eq "under make test every object waits for deps-test" "0" "$(grep -vc '| .*deps-test' "$TMP/o.test")"
eq "under make run every object waits for deps" "0" "$(grep -vc '| .*deps\( \|$\)' "$TMP/o.run")"
# In the order make -n walks them: the installation before the first compile.
$M -n -B test >"$TMP/test" 2>&1
eq "make test: tools/deps.sh test comes before any compile" "tools/deps.sh test" \
	"$(grep -m1 -E 'deps\.sh|(^| )-c -o ' "$TMP/test")"
$M -n -B run >"$TMP/run" 2>&1
eq "make run: tools/deps.sh comes before any compile" "tools/deps.sh" \
	"$(grep -m1 -E 'deps\.sh|(^| )-c -o ' "$TMP/run")"
echo "1..$n"
