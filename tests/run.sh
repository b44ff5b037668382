#!/bin/sh
# Runs every test (unit tests, command-line tests) and prints their TAP lines
# and a last line "N passed, N failed". Exit status 1 when any test failed.
BUILD=${BUILD:-build}
export BUILD
export KINERJA="$PWD/$BUILD/kinerja"
pass=0
fail=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT
run() { # name command...
	name=$1
	shift
	echo "# $name"
	"$@" >"$out" 2>&1
	status=$?
	p=$(grep -c '^ok ' "$out")
	f=$(grep -c '^not ok ' "$out")
	grep -E '^(not ok|# )' "$out" | grep -v '^# ok' | head -40
	if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - $name exited with status $status"
		tail -20 "$out"
		f=1
	fi
	pass=$((pass + p))
	fail=$((fail + f))
	echo "# $name: $p passed, $f failed"
}
for t in "$BUILD"/tests/test_*; do
	case "$t" in *.d) continue ;; esac
	[ -x "$t" ] || continue
	CMOCKA_MESSAGE_OUTPUT=TAP run "$(basename "$t")" "$t"
done
for t in "$BUILD"/fuzz/fuzz_*; do
	case "$t" in *.d) continue ;; esac
	[ -x "$t" ] || continue
	name=$(basename "$t")
	run "$name (seed corpus)" "$t" fuzz/seed/"${name#fuzz_}"/*
done
for t in tests/cli/*.sh; do
	[ -f "$t" ] || continue
	run "$(basename "$t")" sh "$t"
done
for t in tests/api/*.py; do
	[ -f "$t" ] || continue
	run "$(basename "$t")" python3 "$t"
done
# Browser tests: playwright-core from npm (package-lock.json) driving Debian's chromium.
if ls tests/browser/*.mjs >/dev/null 2>&1; then
	if [ ! -d node_modules/playwright-core ]; then
		npm ci --no-audit --no-fund >/dev/null 2>&1 || echo "not ok - npm ci failed"
	fi
	for t in tests/browser/*.mjs; do
		run "$(basename "$t")" node "$t"
	done
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
