#!/bin/sh
# Layout and wording of the reports (acceptance findings): the PDF's running header on one
# line however long the OPD's name (ellipsized in the middle, the year kept), table headers
# broken at spaces only, no "NIP. -" under a regional head's signature, an OPD's LKj named
# "LKj" with its head's foreword (narasi objek = the OPD's code), the message of a PK written,
# and a target and its realisasi printed with the same decimals in tables and sentences.
# Fixture: tests/cli/data-kaskade with OPD A renamed to a long name, "-" as the regional
# head's NIP, A.I1 80,00 / 72, A.I2 0,50 / 0,4 and a range indicator A.I6 28-32 / 34.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data-kaskade
K=$KINERJA
PANJANG="Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana serta Pemberdayaan Masyarakat dan Desa"
mkdir -p "$TMP/d"
cp "$D"/*.csv "$TMP/d/"
sed -i "s/^77,A,Dinas A,/77,A,\"$PANJANG\",/" "$TMP/d/opd.csv"
sed -i 's/^77,2021,,1,,2021-01-10,Wali Kota Uji,Wali Kota Uji,,/77,2021,,1,,2021-01-10,Wali Kota Uji,Wali Kota Uji,-,/' "$TMP/d/pk.csv"
sed -i 's/^\(77,2021,A,1,.*,Wali Kota Uji,Wali Kota Uji,\)$/\1-/' "$TMP/d/pk.csv"
sed -i 's/^77,A.I1,2021,80$/77,A.I1,2021,"80,00"/; s/^77,A.I2,2021,50$/77,A.I2,2021,"0,50"/' "$TMP/d/target.csv"
sed -i 's/^77,A.I1,2021,,100$/77,A.I1,2021,,72/; s/^77,A.I2,2021,,40$/77,A.I2,2021,,"0,4"/' "$TMP/d/realisasi.csv"
printf '77,A.I6,A.S1,Rasio murid per rombel,murid,rentang,,,30,30,\n' >>"$TMP/d/indikator.csv"
printf '77,A.I6,2021,28-32\n' >>"$TMP/d/target.csv"
printf '77,A.I6,2021,,34\n' >>"$TMP/d/realisasi.csv"
{ echo "pemda,tahun,objek,jenis,teks"
  echo "77,2021,A,pengantar,Puji syukur kepala dinas atas tersusunnya laporan ini."; } >"$TMP/d/narasi.csv"
A=$(newdb a)
check "import of the fixture (a foreword with objek = OPD A's code is accepted)" \
	sh -c "$K init '$A' >/dev/null && $K import '$A' '$TMP/d' >/dev/null"

# The messages name what was written.
eq "report --dokumen pk --opd: the message names the PK" \
	"Perjanjian Kinerja OPD A tahun 2021 (html) ditulis ke $TMP/pa.html." \
	"$($K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --format html -o "$TMP/pa.html")"
eq "  the regional head's, with --versi" \
	"Perjanjian Kinerja kepala daerah tahun 2021 versi 1 (pdf) ditulis ke $TMP/pk.pdf." \
	"$($K report "$A" --pemda 77 --tahun 2021 --dokumen pk --versi 1 --format pdf -o "$TMP/pk.pdf")"
eq "  an OPD's LKj" "Laporan Kinerja OPD A tahun 2021 (pdf) ditulis ke $TMP/la.pdf." \
	"$($K report "$A" --pemda 77 --tahun 2021 --opd A --format pdf -o "$TMP/la.pdf")"
eq "  the LKjIP as before" "Laporan pdf tahun 2021 ditulis ke $TMP/lkjip.pdf." \
	"$($K report "$A" --pemda 77 --tahun 2021 --format pdf -o "$TMP/lkjip.pdf")"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --format pdf -o "$TMP/pa.pdf" >/dev/null
$K report "$A" --pemda 77 --tahun 2021 --opd B --format pdf -o "$TMP/lb.pdf" >/dev/null
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --format html -o "$TMP/pk.html" >/dev/null
$K report "$A" --pemda 77 --tahun 2021 --opd A --format csv -o "$TMP/la.csv" >/dev/null
$K report "$A" --pemda 77 --tahun 2021 --opd A --format html -o "$TMP/la.html" >/dev/null
tr -d '\r' <"$TMP/la.csv" >"$TMP/la.txt"

# No NIP ("-"): no NIP line; the OPD head keeps his.
check "the regional head's PK (html): his name, no 'NIP. -'" \
	sh -c "grep -q 'Wali Kota Uji' '$TMP/pk.html' && ! grep -q 'NIP\. -' '$TMP/pk.html'"
if command -v pdftotext >/dev/null; then
	pdftotext -layout "$TMP/pk.pdf" "$TMP/pk.txt"
	pdftotext -layout "$TMP/pa.pdf" "$TMP/pa.txt"
	pdftotext -layout "$TMP/la.pdf" "$TMP/la.pdf.txt"
	pdftotext -layout "$TMP/lb.pdf" "$TMP/lb.pdf.txt"
	pdftotext -layout "$TMP/lkjip.pdf" "$TMP/lkjip.txt"
	check "  pdf: his name, no 'NIP. -'" \
		sh -c "grep -q 'Wali Kota Uji' '$TMP/pk.txt' && ! grep -q 'NIP\. -' '$TMP/pk.txt'"
	check "OPD A's PK: the Wali Kota without a NIP line, the Kepala Dinas with his" \
		sh -c "! grep -q 'NIP\. -' '$TMP/pa.txt' && grep -c 'NIP\. ' '$TMP/pa.txt' | grep -qx 2 &&
		grep -q 'NIP\. 19000101 200001 1 001' '$TMP/pa.txt'"

	# The running header: one line on every page after the cover, the year at its end and
	# the chapter beside it. A long name is ellipsized in the middle (seen on the page; the
	# text keeps the whole title, which cairo writes as the ellipsis' actual text).
	# kepala FILE: the first line of each page but the first
	kepala() { awk 'BEGIN { RS = "\f" } NR > 1 && NF { split($0, l, "\n"); for (i = 1; l[i] == ""; i++); print l[i] }' "$1"; }
	kepala "$TMP/la.pdf.txt" >"$TMP/la.k"
	eq "LKj PD: a header on every page after the cover" "$(($(grep -c . "$TMP/la.k")))" \
		"$(($(tr -cd '\f' <"$TMP/la.pdf.txt" | wc -c) - 1))"
	check "  each on one line: the title's start, 'Tahun 2021' and the chapter" \
		sh -c "grep -q . '$TMP/la.k' && ! grep -v '^Laporan Kinerja Dinas Pemberdayaan .*Kota Uji Tahun 2021  *[A-Z]' '$TMP/la.k'"
	check "  the chapter is the page's own: BAB III AKUNTABILITAS KINERJA" \
		grep -q "Tahun 2021  *BAB III AKUNTABILITAS KINERJA$" "$TMP/la.k"
	kepala "$TMP/pa.txt" >"$TMP/pa.k"
	check "PK of OPD A: the header on one line too" \
		sh -c "grep -q . '$TMP/pa.k' && ! grep -v '^Perjanjian Kinerja Dinas Pemberdayaan .*Kota Uji Tahun 2021  *PERJANJIAN KINERJA TAHUN 2021$' '$TMP/pa.k'"
	kepala "$TMP/lb.pdf.txt" >"$TMP/lb.k"
	check "a short name: the same" \
		grep -q '^Laporan Kinerja Dinas B Kota Uji Tahun 2021  *KATA PENGANTAR$' "$TMP/lb.k"

	# Table headers break at spaces only: the OPD ranking table's "Peringkat" and "Indikator".
	check "LKjIP: the ranking table's header words whole (not Pering-kat, Indikat-or)" \
		grep -Eq "^ *Peringkat +Perangkat Daerah +Indikator +Capaian" "$TMP/lkjip.txt"

	# An OPD's LKj is no LKjIP and asks for its head's foreword.
	check "LKj PD: no 'LKjIP' anywhere" \
		sh -c "grep -q 'KATA PENGANTAR' '$TMP/lb.pdf.txt' && ! grep -q 'LKjIP' '$TMP/la.pdf.txt' && ! grep -q 'LKjIP' '$TMP/lb.pdf.txt'"
	check "  the foreword of objek A printed" grep -q "Puji syukur kepala dinas" "$TMP/la.pdf.txt"
	tr -s ' \n' '  ' <"$TMP/lb.pdf.txt" >"$TMP/lb.w"
	check "  OPD B without one: its head is asked for it with objek B" \
		grep -q 'Tuliskan kata pengantar Kepala Dinas B sebagai narasi jenis "pengantar" dengan objek "B" untuk tahun 2021' "$TMP/lb.w"
	check "  and the text names the Laporan Kinerja Perangkat Daerah (LKj)" \
		grep -q "Laporan Kinerja Perangkat Daerah (LKj) Dinas B Kota Uji Tahun 2021 disusun" "$TMP/lb.w"
	check "  Bab I: the OPD's head reports to the Kepala Daerah" \
		grep -q "Kepala Dinas B menyusun dan menyampaikan Laporan Kinerja tahunan kepada Kepala Daerah." "$TMP/lb.w"
	tr -s ' \n' '  ' <"$TMP/lkjip.txt" >"$TMP/lkjip.w"
	check "the pemda's LKjIP: still LKjIP and the Kepala Daerah's foreword (objek pemda)" \
		sh -c "grep -q 'Laporan Kinerja Instansi Pemerintah (LKjIP) Kota Uji Tahun 2021' '$TMP/lkjip.w' &&
		grep -q 'kata pengantar Kepala Daerah sebagai narasi jenis \"pengantar\" dengan objek \"pemda\"' '$TMP/lkjip.w' &&
		! grep -q 'Puji syukur kepala dinas' '$TMP/lkjip.w'"
else
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do skip "pdftotext not installed"; done
fi

# Numbers: a target and its realisasi with the same decimals (the more of the two as
# entered), a range as entered; the same in the sentences.
# baris NAME: the indicator's row of the Pengukuran Kinerja table (No;Indikator;Satuan;Target;
# Realisasi;Capaian;Predikat), its columns 2-5
baris() { awk -F';' -v n="$1" 'NF == 7 && $2 == n { print $2 ";" $3 ";" $4 ";" $5; exit }' "$TMP/la.txt"; }
eq "csv: 80,00 next to 72 -> 80,00 and 72,00" "Indikator A satu;%;80,00;72,00" "$(baris "Indikator A satu")"
eq "csv: 0,50 next to 0,4 -> 0,50 and 0,40" "Indikator A dua;%;0,50;0,40" "$(baris "Indikator A dua")"
eq "csv: the range 28-32 as entered, 34 beside it" "Rasio murid per rombel;murid;28-32;34" \
	"$(baris "Rasio murid per rombel")"
sed 's/<[^>]*>/ /g' "$TMP/la.html" | tr -s ' \n' '  ' >"$TMP/la.w"
check "html sentence: target 80,00 % terealisasi 72,00 %" \
	grep -q "Indikator Indikator A satu dengan target 80,00 % terealisasi 72,00 %" "$TMP/la.w"
check "html sentence: target 28-32 murid terealisasi 34 murid" \
	grep -q "Indikator Rasio murid per rombel dengan target 28-32 murid terealisasi 34 murid" "$TMP/la.w"
check "html sentence: A.I3 10 unit, 5 unit (no ',00')" \
	grep -q "Indikator Indikator kegiatan A dengan target 10 unit terealisasi 5 unit" "$TMP/la.w"

# A foreword's objek that is no code of the pemda is refused, naming the OPD codes too.
{ echo "pemda,tahun,objek,jenis,teks"; echo "77,2021,ZZ,pengantar,Teks."; } >"$TMP/n2.csv"
mkdir -p "$TMP/e" && cp "$TMP/n2.csv" "$TMP/e/narasi.csv" && cp "$TMP/d/pemda.csv" "$TMP/e/"
$K import "$A" "$TMP/e" >"$TMP/e.out" 2>&1
check "narasi objek ZZ refused by row and column" \
	grep -q "narasi.csv baris 2 kolom objek: objek 'ZZ' bukan kode indikator, sasaran, tujuan atau OPD pemda 77, atau 'pemda'" "$TMP/e.out"
