#!/bin/sh
# A signed Perjanjian Kinerja is frozen whole (siklus.md): renaming the OPD or the pemda after
# signing leaves `report --dokumen pk` of the signed versions unchanged (HTML and PDF byte for
# byte, the PDF's text too), the organisation line and the place kept in pk.instansi and
# pk.tempat (migration 0070). Export -> import into an empty database -> report gives the same
# documents; a pk.csv row with its own instansi keeps it; a version stored before the column
# (instansi NULL) is rendered from the live names as before.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data-kaskade
K=$KINERJA
A=$(newdb a)
B=$(newdb b)
teks() { sed 's/<[^>]*>/ /g' "$1" | tr -s ' \n' '  '; }
pdf=0
command -v pdftotext >/dev/null && pdf=1
# render DB TAG: the OPD A's PK and the regional head's, HTML and (the text of) PDF
render() {
	for o in A ""; do
		f=$TMP/$2-${o:-kd}
		$K report "$1" --pemda 77 --tahun 2021 --dokumen pk ${o:+--opd "$o"} --format html \
			-o "$f.html" >/dev/null || echo "report html $o failed"
		$K report "$1" --pemda 77 --tahun 2021 --dokumen pk ${o:+--opd "$o"} --format pdf \
			-o "$f.pdf" >/dev/null || echo "report pdf $o failed"
		[ "$pdf" = 0 ] || pdftotext -layout "$f.pdf" "$f.txt"
	done
}
# same TAG1 TAG2: both documents of TAG1 equal those of TAG2
same() {
	for o in A kd; do
		check "  $3: $o's HTML byte for byte" cmp "$TMP/$1-$o.html" "$TMP/$2-$o.html"
		check "  $3: $o's PDF byte for byte" cmp "$TMP/$1-$o.pdf" "$TMP/$2-$o.pdf"
		if [ "$pdf" = 1 ]; then
			check "  $3: $o's PDF text" cmp "$TMP/$1-$o.txt" "$TMP/$2-$o.txt"
		else
			skip "pdftotext not installed"
		fi
	done
}

mkdir -p "$TMP/d"
cp "$D"/*.csv "$TMP/d/"
check "import of the cascade fixture (signs OPD A's PK and the regional head's)" \
	sh -c "$K init '$A' >/dev/null && $K import '$A' '$TMP/d'"
render "$A" asal
teks "$TMP/asal-A.html" >"$TMP/asal-A.w"
teks "$TMP/asal-kd.html" >"$TMP/asal-kd.w"
check "  OPD A's: the organisation line names the OPD and the pemda" \
	grep -q "PERJANJIAN KINERJA TAHUN 2021 Dinas A Kota Uji Nomor: 001/PK/A/2021" "$TMP/asal-A.w"
check "  the regional head's: Pemerintah Kota Uji" \
	grep -q "PERJANJIAN KINERJA TAHUN 2021 Pemerintah Kota Uji Dalam rangka" "$TMP/asal-kd.w"
check "  place and date from the pemda's name: Uji" grep -q "Uji, 15 Januari 2021" "$TMP/asal-A.w"
eq "  signing froze the organisation line and the place (pk.instansi, pk.tempat)" \
	"|Pemerintah Kota Uji|Uji A|Dinas A Kota Uji|Uji" \
	"$(q "$A" "SELECT opd || '|' || instansi || '|' || tempat FROM pk WHERE pemda = '77' ORDER BY opd" | tr '\n' ' ' | sed 's/ $//')"

# After signing: the OPD and the pemda renamed (opd.csv, pemda.csv imported again).
sed -i 's/^77,A,Dinas A,/77,A,Dinas Kesehatan A,/' "$TMP/d/opd.csv"
sed -i 's/^77,Kota Uji,/77,Kota Uji Baru,/' "$TMP/d/pemda.csv"
check "the OPD and the pemda renamed" $K import "$A" "$TMP/d"
eq "  renamed in the store" "Kota Uji Baru|Dinas Kesehatan A" \
	"$(q "$A" "SELECT p.nama || '|' || o.nama FROM pemda p JOIN opd o ON o.pemda = p.kode WHERE p.kode = '77' AND o.kode = 'A'")"
render "$A" ganti
same asal ganti "after the renaming"
check "  importing pk.csv (without instansi) again changes nothing" \
	sh -c "$K import '$A' '$TMP/d' | grep -q ' 0 baris baru, 0 diubah'"

# A new version signed now names the OPD and the pemda as they are now.
printf '77,2021,A,2,002/PK/A/2021,2021-06-01,Ani,Kepala Dinas A,,Wali Kota Uji,Wali Kota Uji,\n' >>"$TMP/d/pk.csv"
check "a PK Perubahan (versi 2) signed after the renaming" $K import "$A" "$TMP/d"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --format html -o "$TMP/v2.html" >/dev/null
teks "$TMP/v2.html" >"$TMP/v2.w"
check "  names the new names" \
	grep -q "PERJANJIAN KINERJA PERUBAHAN TAHUN 2021 Dinas Kesehatan A Kota Uji Baru Nomor" "$TMP/v2.w"
check "  and the new place" grep -q "Uji Baru, 1 Juni 2021" "$TMP/v2.w"

# A pk.csv row with its own instansi keeps what the file says.
mkdir -p "$TMP/pkb"
cp "$TMP/d/pemda.csv" "$TMP/pkb/"
{ echo "pemda,tahun,opd,versi,nomor,tanggal,tempat,instansi,pihak_pertama,jabatan_pertama,nip_pertama,pihak_kedua,jabatan_kedua,nip_kedua"
  echo "77,2021,B,1,,2021-02-01,Kota Lama,Dinas B Pemerintah Kota Uji,Budi,Kepala Dinas B,,,,"; } >"$TMP/pkb/pk.csv"
check "pk.csv with instansi" $K import "$A" "$TMP/pkb"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd B --format html -o "$TMP/b.html" >/dev/null
teks "$TMP/b.html" >"$TMP/b.w"
check "  the file's organisation line" grep -q "TAHUN 2021 Dinas B Pemerintah Kota Uji Dalam rangka" "$TMP/b.w"
check "  and place" grep -q "Kota Lama, 1 Februari 2021" "$TMP/b.w"

# Round trip: export -> import into an empty database -> the same documents.
render "$A" ekspor
check "export" $K export "$A" "$TMP/ex"
check "  pk.csv has the instansi column" sh -c "head -1 '$TMP/ex/pk.csv' | grep -q ',instansi,'"
check "import of the export into an empty database" \
	sh -c "$K init '$B' >/dev/null && $K import '$B' '$TMP/ex' >/dev/null"
render "$B" impor
same ekspor impor "export -> import"
$K report "$B" --pemda 77 --tahun 2021 --dokumen pk --opd A --versi 1 --format html \
	-o "$TMP/b-a1.html" >/dev/null
check "  OPD A's versi 1 there: the bytes first rendered, before the renaming" \
	cmp "$TMP/asal-A.html" "$TMP/b-a1.html"

# A version stored before migration 0070 (instansi and tempat NULL): the live names, as before.
q "$A" "UPDATE pk SET instansi = NULL, tempat = NULL WHERE pemda = '77' AND opd = 'A' AND versi = 1" >/dev/null
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --versi 1 --format html -o "$TMP/lama.html" >/dev/null
teks "$TMP/lama.html" >"$TMP/lama.w"
check "a version without instansi: the OPD's and the pemda's names of now" \
	grep -q "PERJANJIAN KINERJA TAHUN 2021 Dinas Kesehatan A Kota Uji Baru Nomor" "$TMP/lama.w"
check "  and the place of now" grep -q "Uji Baru, 15 Januari 2021" "$TMP/lama.w"
