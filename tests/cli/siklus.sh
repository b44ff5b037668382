#!/bin/sh
# Locks of a pemda-year from the command line (siklus.md, issue 12): lock, the
# lock named by an import refused with file and row (nothing stored), measure
# --json's `kunci`, unlock only with a reason, both audited.
. "$(dirname "$0")/lib.inc"
db=$(newdb siklus)
"$KINERJA" demo "$db" >/dev/null 2>&1
"$KINERJA" export "$db" "$TMP/x" >/dev/null 2>&1
"$KINERJA" lock "$db" --pemda 36.73 --tahun 2020 >"$TMP/o" 2>&1
eq "lock exits 0" 0 $?
"$KINERJA" lock "$db" --pemda 36.73 --tahun 2020 >"$TMP/o" 2>&1
eq "locking again exits 1" 1 $?
grep -q "^kinerja: Data 36.73 tahun 2020 dikunci per .* WIB oleh cli$" "$TMP/o"
eq "and names the lock" 0 $?
"$KINERJA" lock "$db" --pemda 99.99 --tahun 2020 >/dev/null 2>&1
eq "lock of an unknown pemda exits 1" 1 $?
"$KINERJA" measure "$db" --pemda 36.73 --tahun 2020 --json >"$TMP/m" 2>&1
grep -q '"kunci": "Data dikunci per .* WIB oleh cli"' "$TMP/m"
eq "measure --json of the locked year says so" 0 $?
"$KINERJA" measure "$db" --pemda 36.73 --tahun 2019 --json >"$TMP/m" 2>&1
grep -q '"kunci": null' "$TMP/m"
eq "measure --json of another year: kunci null" 0 $?
sed -i 's/^36.73,RLS,2020,.*$/36.73,RLS,2020,,"9,99"/' "$TMP/x/realisasi.csv"
"$KINERJA" import "$db" "$TMP/x" >"$TMP/o" 2>&1
eq "an import holding rows of the locked year exits 1" 1 $?
grep -q "realisasi.csv baris [0-9]* kolom tahun: Data 36.73 tahun 2020 dikunci per" "$TMP/o" ||
	grep -q "target.csv baris [0-9]* kolom tahun: Data 36.73 tahun 2020 dikunci per" "$TMP/o"
eq "with file and row naming the lock" 0 $?
"$KINERJA" measure "$db" --pemda 36.73 --tahun 2020 --json | grep -A8 '"kode": "RLS"' |
	grep -q '"realisasi": 9.99'
eq "nothing stored" 1 $?
"$KINERJA" unlock "$db" --pemda 36.73 --tahun 2020 >/dev/null 2>&1
eq "unlock without --alasan is a usage error" 2 $?
"$KINERJA" unlock "$db" --pemda 36.73 --tahun 2020 --alasan "koreksi temuan" >/dev/null 2>&1
eq "unlock with a reason exits 0" 0 $?
"$KINERJA" unlock "$db" --pemda 36.73 --tahun 2020 --alasan "lagi" >/dev/null 2>&1
eq "unlocking what is not locked exits 1" 1 $?
"$KINERJA" import "$db" "$TMP/x" >"$TMP/o" 2>&1
eq "after unlocking the import goes through" 0 $?
"$KINERJA" measure "$db" --pemda 36.73 --tahun 2020 --json | grep -A8 '"kode": "RLS"' |
	grep -q '"realisasi": 9.99'
eq "and stores the row" 0 $?

# Fill windows by import (jadwal.csv): stored, exported, bad times refused with file/row/col.
db2=$(newdb jadwal)
"$KINERJA" init "$db2" >/dev/null 2>&1
mkdir "$TMP/j"
cp "$(dirname "$0")/../api/data/pemda.csv" "$TMP/j/"
printf 'pemda,tahun,triwulan,buka,tutup\n99.01,2020,2,2020-07-01 08:00,2020-07-15 23:59\n99.01,2020,0,2021-01-02 00:00,2021-01-31 23:59\n' >"$TMP/j/jadwal.csv"
"$KINERJA" import "$db2" "$TMP/j" >"$TMP/o" 2>&1
eq "jadwal.csv imports" 0 $?
"$KINERJA" export "$db2" "$TMP/je" >/dev/null 2>&1
eq "export writes the windows back" "pemda,tahun,triwulan,buka,tutup
99.01,2020,0,2021-01-02 00:00,2021-01-31 23:59
99.01,2020,2,2020-07-01 08:00,2020-07-15 23:59" "$(cat "$TMP/je/jadwal.csv")"
printf 'pemda,tahun,triwulan,buka,tutup\n99.01,2020,5,2020-07-01 08:00,2020-07-15 23:59\n99.01,2020,1,2020-02-30 08:00,2020-03-15 23:59\n99.01,2020,3,2020-10-15 08:00,2020-10-01 23:59\n' >"$TMP/j/jadwal.csv"
"$KINERJA" import "$db2" "$TMP/j" >"$TMP/o" 2>&1
eq "bad windows refused" 1 $?
grep -q "jadwal.csv baris 2 kolom triwulan" "$TMP/o" && grep -q "jadwal.csv baris 3 kolom buka: '2020-02-30 08:00' bukan waktu" "$TMP/o" &&
	grep -q "jadwal.csv baris 4 kolom tutup: tutup harus sesudah buka" "$TMP/o"
eq "each with file, row and column" 0 $?
"$KINERJA" lock "$db2" --pemda 99.01 --tahun 2020 >/dev/null 2>&1
printf 'pemda,tahun,triwulan,buka,tutup\n99.01,2020,1,2020-04-01 08:00,2020-04-15 23:59\n' >"$TMP/j/jadwal.csv"
"$KINERJA" import "$db2" "$TMP/j" >"$TMP/o" 2>&1
eq "a window of a locked year refused on import" 1 $?
echo "1..$n"
