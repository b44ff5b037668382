#!/bin/sh
# The read-order indexes (migration 0065, *_muat) around a bulk import, both engines.
# SQLite drops those of tables empty when the import starts and builds them again
# before the commit (store_drv_sqlite.c muat_tunda): afterwards the schema is the one
# `init` made, the reads of a pemda use the index again, a table that had rows keeps
# its index as it was, and a refused import leaves every index as before.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data
K=$KINERJA
DB=$(newdb a)
# Every index as the engine describes it (name, table, definition).
indeks() {
	if [ "$KINERJA_ENGINE" = pg ]; then
		q "$1" "SELECT indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname"
	else
		q "$1" "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
	fi
}
# The root page of a SQLite index: where it was built.
akar() {
	q "$1" "SELECT rootpage FROM sqlite_master WHERE name = '$2'"
}
$K init "$DB" >/dev/null
indeks "$DB" >"$TMP/i0"
eq "a fresh database has the 12 read-order indexes" "12" "$(grep -c '_muat|' "$TMP/i0")"
[ "$KINERJA_ENGINE" = pg ] || target0=$(akar "$DB" target_muat)

$K import "$DB" "$D/mini" >"$TMP/imp1" 2>&1
check "the import into empty tables succeeds" grep -q "Impor selesai: 27 baris baru" "$TMP/imp1"
indeks "$DB" >"$TMP/i1"
check "after it every index is as init made it (name, table, definition)" diff "$TMP/i0" "$TMP/i1"
if [ "$KINERJA_ENGINE" = pg ]; then
	skip "SQLite only: the index of a table empty at the start is built again"
	skip "SQLite only: a pemda's rows are read by the index again"
else
	target1=$(akar "$DB" target_muat)
	check "target_muat was built again after the rows (its root page moved from $target0)" \
		test "$target1" -ne "$target0"
	eq "a pemda's rows are read by the index again" "SEARCH target USING INDEX target_muat (pemda=?)" \
		"$(q "$DB" "EXPLAIN QUERY PLAN SELECT * FROM target WHERE pemda = '36.73' ORDER BY rowid" | sed -n 's/^.*--//p')"
fi
# The rows as stored, in the order store_muat reads them (rowid), are those of the files.
$K export "$DB" "$TMP/ex" >/dev/null
check "the export gives the target rows of the file, in its order" \
	sh -c "tail -n +2 '$D/mini/target.csv' | cut -d, -f1-3 >'$TMP/t0' && tail -n +2 '$TMP/ex/target.csv' | cut -d, -f1-3 >'$TMP/t1' && diff '$TMP/t0' '$TMP/t1'"

# Tables with rows: their indexes stay where they are.
mkdir -p "$TMP/ubah"
cp "$D"/mini/*.csv "$TMP/ubah/"
sed -i 's/36.73,RLS,2020,"8,64"/36.73,RLS,2020,"8,70"/' "$TMP/ubah/target.csv"
$K import "$DB" "$TMP/ubah" >"$TMP/imp2" 2>&1
check "a re-import with one change" grep -q "Impor selesai: 0 baris baru, 1 diubah" "$TMP/imp2"
indeks "$DB" >"$TMP/i2"
check "after it every index is as before" diff "$TMP/i0" "$TMP/i2"
if [ "$KINERJA_ENGINE" = pg ]; then
	skip "SQLite only: the index of a table that had rows is not built again"
else
	eq "target_muat of a table that had rows is not built again" "$target1" "$(akar "$DB" target_muat)"
fi

# A refused import into empty tables: nothing written, the indexes as init made them.
DB2=$(newdb b)
$K init "$DB2" >/dev/null
[ "$KINERJA_ENGINE" = pg ] || akar2=$(akar "$DB2" target_muat)
mkdir -p "$TMP/salah"
cp "$D"/mini/*.csv "$TMP/salah/"
sed -i 's/36.73,HLS,2020,,"12,78"/36.73,HLS,2020,,"12,7x8"/' "$TMP/salah/realisasi.csv"
$K import "$DB2" "$TMP/salah" 2>"$TMP/err"
eq "a bad cell: exit status 1" "1" "$?"
check "the message names file, row, column and value" grep -q 'realisasi.csv baris 4 kolom realisasi: .12,7x8. bukan angka' "$TMP/err"
eq "nothing written" "0" "$(q "$DB2" "SELECT count(*) FROM target")"
indeks "$DB2" >"$TMP/i3"
check "every index as init made it" diff "$TMP/i0" "$TMP/i3"
if [ "$KINERJA_ENGINE" = pg ]; then
	skip "SQLite only: the index dropped by the import is back where it was"
else
	eq "the index dropped by the import is back where it was" "$akar2" "$(akar "$DB2" target_muat)"
fi
echo "1..$n"
