#!/bin/sh
# store_muat_semua (every pemda, each table read once per chunk of pemda) gives each pemda
# exactly the model store_muat gives it: the demo with the cascade fixture (PK versions with
# their content) and pemda whose codes are prefixes of each other (36.7, 36.73, 36.73.1), one
# with no indicator, settings, fill windows and a locked year, so that every table store_muat
# reads has rows; and 40 national pemda (more than one chunk). Compared through the export's
# rows, the PK contents and the measurement JSON of every year (tests/cli/uji_muat.c).
. "$(dirname "$0")/lib.inc"
K=$KINERJA
U=${BUILD:-build}/tests/uji_muat
A=$(newdb a)
B=$(newdb b)

# 36.73.1: a copy of 36.73's rows; 36.7: a pemda with settings and no indicator.
mkdir "$TMP/x"
python3 - "$(dirname "$0")/../../data/demo" "$TMP/x" <<'PY'
import csv, os, sys
src, dst = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(src)):
    if not f.endswith(".csv"):
        continue
    with open(os.path.join(src, f), newline="") as h:
        rows = list(csv.reader(h))
    out = [rows[0]] + [[("36.73.1" if i == 0 else c) for i, c in enumerate(r)]
                       for r in rows[1:] if r and r[0] == "36.73"]
    if f == "pemda.csv":
        out.append(["36.7", "Pemda Tanpa Indikator", "kota", "36", "2021", "2026", "selisih"])
    with open(os.path.join(dst, f), "w", newline="") as h:
        csv.writer(h).writerows(out)
PY
printf 'pemda,kunci,nilai\n36.7,predikat,"90=Baik;50=Cukup;=Kurang"\n36.73,ikm_agregat,gabungan\n36.73.1,predikat,"95=Baik;60=Cukup;=Kurang"\n' >"$TMP/x/pengaturan.csv"
printf 'pemda,tahun,triwulan,buka,tutup\n36.73,2020,2,2020-07-01 08:00,2020-07-15 23:59\n36.73.1,2021,1,2021-04-01 08:00,2021-04-15 23:59\n' >"$TMP/x/jadwal.csv"
check "the demo, the cascade fixture and the extra pemda import" sh -c "
	$K demo '$A' >/dev/null && $K import '$A' '$(dirname "$0")/data-kaskade' >/dev/null &&
	$K import '$A' '$TMP/x' >/dev/null && $K lock '$A' --pemda 36.73.1 --tahun 2021 >/dev/null"
# Rows changed after they were stored: PostgreSQL writes them anew at the table's end, so a
# range's rows no longer come in rowid order (the load puts them back in order).
printf 'pemda,indikator,tahun,triwulan,realisasi\n36.73,IPM,2019,,"72,11"\n16.07,LPE,2021,,"3,45"\n' >"$TMP/ubah.csv"
mkdir "$TMP/u" && mv "$TMP/ubah.csv" "$TMP/u/realisasi.csv" && cp "$(dirname "$0")/../../data/demo/pemda.csv" "$TMP/u/"
check "two realisasi changed" sh -c "$K import '$A' '$TMP/u' | grep -q '2 diubah'"
kosong=""
for t in pemda pengaturan rencana opd indikator target target_triwulan target_riwayat realisasi \
	anggaran_simpul anggaran pembanding narasi dilaporkan pk_isi pk kunci jadwal pk_anggaran; do
	[ "$(q "$A" "SELECT count(*) > 0 FROM $t")" = 1 ] || [ "$(q "$A" "SELECT count(*) > 0 FROM $t")" = t ] ||
		kosong="$kosong $t"
done
eq "every table store_muat reads has rows" "" "$kosong"
eq "pemda 36.7 has no indicator" 0 "$(q "$A" "SELECT count(*) FROM indikator WHERE pemda = '36.7'")"

"$U" "$A" semua >"$TMP/a.semua" 2>"$TMP/err"
eq "store_muat_semua loads every pemda" 0 $?
"$U" "$A" satu >"$TMP/a.satu" 2>>"$TMP/err"
eq "store_muat loads every pemda" 0 $?
check "  the same models" cmp "$TMP/a.semua" "$TMP/a.satu"
eq "  every pemda, by code" "00 16 16.07 33 33.75 36 36.01 36.02 36.03 36.04 36.7 36.72 36.73 36.73.1 77" \
	"$(sed -n 's/^== pemda //p' "$TMP/a.semua" | tr '\n' ' ' | sed 's/ $//')"
check "  36.73.1 reads its own rows, as many as 36.73's" sh -c "
	[ \$(sed -n '/^== pemda 36.73\$/,/^== pemda 36.73.1\$/p' '$TMP/a.semua' | grep -c '^36.73,') -gt 100 ] &&
	[ \$(sed -n '/^== pemda 36.73\$/,/^== pemda 36.73.1\$/p' '$TMP/a.semua' | grep -c '^36.73,') -eq \
	  \$(sed -n '/^== pemda 36.73.1\$/,/^== pemda 77\$/p' '$TMP/a.semua' | grep -c '^36.73.1,') ]"
check "  the locked year and the PK versions' content are there" sh -c "
	grep -q '^kunci 2021 ' '$TMP/a.semua' && grep -q '^pk 2021 A 1: A.I1=80' '$TMP/a.semua'"
eq "a walk stopped by its callback at the 3rd pemda: 3 calls, -1" "3 -1" "$("$U" "$A" henti 3)"

# More pemda than one chunk (32): the chunks' bounds.
python3 "$(dirname "$0")/../../bench/gen_nasional.py" "$TMP/nas" 40 >/dev/null
check "40 national pemda import" sh -c "$K init '$B' >/dev/null && $K import '$B' '$TMP/nas' >/dev/null"
"$U" "$B" semua >"$TMP/b.semua" 2>"$TMP/err"
eq "store_muat_semua loads them" 0 $?
"$U" "$B" satu >"$TMP/b.satu" 2>>"$TMP/err"
check "  the same models as store_muat" cmp "$TMP/b.semua" "$TMP/b.satu"
eq "  every pemda once" "$(q "$B" "SELECT count(*) FROM pemda")" "$(grep -c '^== pemda ' "$TMP/b.semua")"
echo "1..$n"
