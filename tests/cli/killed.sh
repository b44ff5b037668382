#!/bin/sh
# A killed import leaves the database exactly as before: the import is one
# transaction, and SQLite's WAL rolls back what was not committed.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data
K=$KINERJA
python3 "$(dirname "$0")/../../bench/gen_nasional.py" "$TMP/big" 200
$K init "$TMP/k.db" >/dev/null
$K import "$TMP/k.db" "$D/mini" >/dev/null
$K export "$TMP/k.db" "$TMP/before" >/dev/null
$K import "$TMP/k.db" "$TMP/big" >/dev/null 2>&1 &
pid=$!
# Kill it once it is writing: its uncommitted pages have reached the WAL file.
i=0
while [ $i -lt 200 ]; do
	size=$(stat -c %s "$TMP/k.db-wal" 2>/dev/null || echo 0)
	[ "$size" -gt 2000000 ] && break
	sleep 0.05
	i=$((i + 1))
done
kill -9 $pid 2>/dev/null
wait $pid
status=$?
eq "the import was killed while running (status 137)" "137" "$status"
$K export "$TMP/k.db" "$TMP/after" >/dev/null
check "after the kill the database holds exactly what it held before" diff -r "$TMP/before" "$TMP/after"
check "the database still works: the same import now completes" $K import "$TMP/k.db" "$TMP/big"
$K measure "$TMP/k.db" --pemda 11.01 --tahun 2020 --json >"$TMP/m.json"
eq "and its data is measured" "30" "$(j "$TMP/m.json" "len(d['indikator'])")"
echo "1..$n"
