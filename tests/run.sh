#!/bin/sh
# Runs every test (unit tests, fuzz seed replays, command-line, API and browser
# tests) and prints their TAP failures and skips, a summary per test, and a last
# line "N passed, N failed". Exit status 1 when any test failed.
#
# The command-line (tests/cli/*.sh) and API (tests/api/test_*.py) suites run twice:
# on SQLite, then on a PostgreSQL server this script starts itself
# (tests/pg/server.sh: initdb into a temporary directory, Unix socket only) and
# stops and removes at the end, also when a test fails or the run is
# interrupted. Each test asks for its databases with newdb (tests/cli/lib.inc,
# tests/api/dbutil.py), which reads KINERJA_ENGINE (sqlite or pg). The
# PostgreSQL pass names its tests "pg: NAME".
#   KINERJA_PG=0     skip the PostgreSQL pass (prints # SKIP)
#   KINERJA_PG=only  run only the PostgreSQL pass of the two suites
# Without PostgreSQL's server binaries the pass prints # SKIP with the reason.
BUILD=${BUILD:-build}
export BUILD
export KINERJA="$PWD/$BUILD/kinerja"
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ beside tests/api/dbutil.py
PG=${KINERJA_PG:-1}
pass=0
fail=0
skipped=0
prefix=""
pg_dir=""
tmp=$(mktemp -d)
selesai() {
	if [ -n "$pg_dir" ]; then
		KINERJA_PG_DIR=$pg_dir tests/pg/server.sh stop
		pg_dir=""
	fi
	rm -rf "$tmp"
}
trap selesai EXIT
# The EXIT trap also runs on a signal: stop the server, then end as killed.
trap 'exit 130' INT
trap 'exit 143' TERM
run() { # name command...; $prefix names the engine of the PostgreSQL pass
	name=$prefix$1
	shift
	echo "# $name"
	# A test that writes its own database paths runs on SQLite in both passes: say so
	# (one that does not depend on the engine reads KINERJA_ENGINE to skip).
	if [ -n "$prefix" ] && ! grep -q -e newdb -e KINERJA_ENGINE "$2"; then
		echo "# $name: asks no database of newdb, so it does not run on PostgreSQL"
	fi
	"$@" >"$tmp/out" 2>&1
	status=$?
	s=$(grep -c '# SKIP' "$tmp/out")
	p=$(grep '^ok ' "$tmp/out" | grep -vc '# SKIP')
	f=$(grep -c '^not ok ' "$tmp/out")
	grep -E '^(not ok|# |ok .*# SKIP)' "$tmp/out" | grep -v '^# ok' |
		sed "s/^\(not ok [0-9]* -\) /\1 $prefix/" | head -40
	if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - $name exited with status $status"
		tail -20 "$tmp/out"
		f=1
	fi
	pass=$((pass + p))
	fail=$((fail + f))
	skipped=$((skipped + s))
	echo "# $name: $p passed, $f failed, $s skipped"
}
# The suites that run on each engine.
suites() {
	for t in tests/cli/*.sh; do
		[ -f "$t" ] || continue
		run "$(basename "$t")" sh "$t"
	done
	for t in tests/api/test_*.py; do
		[ -f "$t" ] || continue
		run "$(basename "$t")" python3 "$t"
	done
}
pg_pass() {
	if [ "$PG" = 0 ]; then
		echo "# SKIP pg: the PostgreSQL pass was not run (KINERJA_PG=0)"
		skipped=$((skipped + 1))
		return
	fi
	echo "# pg: starting a PostgreSQL server (tests/pg/server.sh)"
	tests/pg/server.sh start >"$tmp/pg.env" 2>"$tmp/pg.err"
	status=$?
	if [ "$status" -eq 3 ]; then # no server binaries: the one reason to skip
		sed -n 's/^# SKIP /# SKIP pg: /p' "$tmp/pg.err"
		skipped=$((skipped + 1))
		return
	fi
	if [ "$status" -ne 0 ]; then
		echo "not ok - pg: the PostgreSQL server did not start (status $status)"
		tail -20 "$tmp/pg.err" | sed 's/^/#   /'
		fail=$((fail + 1))
		return
	fi
	. "$tmp/pg.env"
	pg_dir=$KINERJA_PG_DIR
	KINERJA_ENGINE=pg
	prefix="pg: "
	suites
	prefix=""
	KINERJA_ENGINE=sqlite
	tests/pg/server.sh stop
	pg_dir=""
	unset KINERJA_PG_DIR KINERJA_PG_URI
}

KINERJA_ENGINE=sqlite
export KINERJA_ENGINE
if [ "$PG" != only ]; then
	for t in "$BUILD"/tests/test_*; do
		case "$t" in *.d) continue ;; esac
		[ -x "$t" ] || continue
		CMOCKA_MESSAGE_OUTPUT=TAP run "$(basename "$t")" "$t"
	done
	for t in "$BUILD"/fuzz/fuzz_*; do
		case "$t" in *.d) continue ;; esac
		[ -x "$t" ] || continue
		name=$(basename "$t")
		run "$name (seed corpus)" "$t" fuzz/seed/"${name#fuzz_}"
	done
	suites
	# Browser tests: playwright-core from npm (package-lock.json) driving Debian's chromium.
	if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
		echo "# SKIP browser tests: chromium not installed (package chromium)"
		skipped=$((skipped + 1))
	elif ls tests/browser/*.mjs >/dev/null 2>&1; then
		if [ ! -d node_modules/playwright-core ]; then
			npm ci --no-audit --no-fund >/dev/null 2>&1 || { echo "not ok - npm ci failed"; fail=$((fail + 1)); }
		fi
		for t in tests/browser/*.mjs; do
			run "$(basename "$t")" node "$t"
		done
	fi
fi
pg_pass
echo "# $skipped skipped (each with its reason above)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
