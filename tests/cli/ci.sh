#!/bin/sh
# .ci/run streams the log of `make test` as it goes, ends with its
# "N passed, N failed" line and make's exit status. Driven with a stand-in
# `make` on PATH that prints, waits for a go-ahead file, then prints again.
. "$(dirname "$0")/lib.inc"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if [ "$KINERJA_ENGINE" = pg ]; then
	skip "the CI script does not depend on the database engine (checked on the SQLite pass)"
	echo "1..$n"
	exit 0
fi
mkdir -p "$TMP/bin" "$TMP/repo/.ci"
cp "$ROOT/.ci/run" "$TMP/repo/.ci/run"
cat >"$TMP/bin/make" <<SH
#!/bin/sh
echo "ok 1 - first line"
i=0
while [ ! -e "$TMP/go" ] && [ \$i -lt 100 ]; do sleep 0.05; i=\$((i + 1)); done
[ -e "$TMP/nosummary" ] || echo "7 passed, 2 failed"
echo "after the summary"
exit 3
SH
chmod +x "$TMP/bin/make"
PATH="$TMP/bin:$PATH" sh "$TMP/repo/.ci/run" >"$TMP/log" 2>&1 &
pid=$!
# The first line must arrive while make still runs (it waits for $TMP/go).
i=0
while ! grep -q 'first line' "$TMP/log" 2>/dev/null && [ $i -lt 60 ]; do
	sleep 0.05
	i=$((i + 1))
done
eq "the first line is shown while make runs" "ok 1 - first line" "$(head -1 "$TMP/log")"
touch "$TMP/go"
wait $pid
eq "the exit status is make's" "3" "$?"
eq "the last line is the summary" "7 passed, 2 failed" "$(tail -1 "$TMP/log")"
eq "the whole log is kept, once" "1 1" "$(grep -c 'first line' "$TMP/log") $(grep -c 'after the summary' "$TMP/log")"
touch "$TMP/nosummary"
PATH="$TMP/bin:$PATH" sh "$TMP/repo/.ci/run" >"$TMP/log2" 2>&1
eq "without a summary: exit 1" "1" "$?"
eq "and a failing summary line" "0 passed, 1 failed" "$(tail -1 "$TMP/log2")"
echo "1..$n"
