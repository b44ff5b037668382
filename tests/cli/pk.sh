#!/bin/sh
# The Perjanjian Kinerja document and the OPD's LKj (siklus.md, issue 11 items 3 and 4) on
# tests/cli/data-kaskade: a signed version frozen with its texts and program budget, its
# PermenPANRB 53/2014 form reproduced byte for byte after later changes, `report --opd` in
# every format, the LKjIP's OPD ranking and every signed PK version.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data-kaskade
K=$KINERJA
A=$(newdb a)
# text of an HTML report without tags, one line
teks() { sed 's/<[^>]*>/ /g' "$1" | tr -s ' \n' '  '; }

check "import of the cascade fixture" sh -c "$K init '$A' >/dev/null && $K import '$A' '$D'"

# Signing froze the texts: A.I1 serves sasaran_pd A.S1 "Sasaran Dinas A".
eq "pk_isi keeps sasaran, its uraian, the indicator's uraian and satuan" \
	"A.S1|Sasaran Dinas A|Indikator A satu|%|80" \
	"$(q "$A" "SELECT sasaran || '|' || uraian_sasaran || '|' || uraian || '|' || satuan || '|' || target FROM pk_isi WHERE pemda = '77' AND opd = 'A' AND versi = 1 AND indikator = 'A.I1'")"
# OPD A's budget rows all lie under program A.P1 "Program Dinas A": 300 + 200 + 500 + 100 = 1.100
eq "pk_anggaran: A's program with 300 + 200 + 500 + 100 = 1100" "Program Dinas A|1100" \
	"$(q "$A" "SELECT program || '|' || pagu FROM pk_anggaran WHERE pemda = '77' AND opd = 'A' AND versi = 1")"
# The regional head's: Program Lama 1.000, A.P1 1.100, B.P1 400 (both under RPJMD S1)
eq "the regional head's PK holds every program: 1000 + 1100 + 400" "1000 1100 400" \
	"$(q "$A" "SELECT pagu FROM pk_anggaran WHERE pemda = '77' AND opd = '' ORDER BY urutan" | tr '\n' ' ' | sed 's/ $//')"

check "report --dokumen pk --opd A as PDF" $K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --format pdf -o "$TMP/a1.pdf"
check "  a PDF" sh -c "head -c 5 '$TMP/a1.pdf' | grep -q '%PDF-'"
check "  its date is the signing date, not now" grep -aq "CreationDate (20210115000000" "$TMP/a1.pdf"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --format pdf -o "$TMP/a1b.pdf" >/dev/null
check "  written again: the same bytes" cmp "$TMP/a1.pdf" "$TMP/a1b.pdf"
check "report --dokumen pk --opd A as HTML" $K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --format html -o "$TMP/a1.html"
teks "$TMP/a1.html" >"$TMP/a1.txt"
check "  title" grep -q "PERJANJIAN KINERJA TAHUN 2021" "$TMP/a1.txt"
check "  the statement names pihak pertama with jabatan" grep -q "Nama: Ani Jabatan: Kepala Dinas A selanjutnya disebut pihak pertama" "$TMP/a1.txt"
check "  and pihak kedua" grep -q "Nama: Wali Kota Uji Jabatan: Wali Kota Uji selaku atasan pihak pertama" "$TMP/a1.txt"
check "  sasaran, indicator, satuan, target" grep -q "1 Sasaran Dinas A Indikator A satu % 80 " "$TMP/a1.txt"
check "  the second indicator of the same sasaran has no number" grep -q " Indikator A dua % 50 " "$TMP/a1.txt"
check "  program budget and its total 1.100" grep -q "1 Program Dinas A 1.100 Jumlah 1.100" "$TMP/a1.txt"
check "  place and date: Kota Uji -> Uji, 2021-01-15" grep -q "Uji, 15 Januari 2021" "$TMP/a1.txt"
check "  signature blocks with name and NIP" grep -q "Pihak Pertama, Kepala Dinas A Ani NIP. 19000101 200001 1 001" "$TMP/a1.txt"

# After signing: a target and an indicator's uraian change. Version 1 keeps its bytes.
mkdir -p "$TMP/pk"
cp "$D"/*.csv "$TMP/pk/"
sed -i 's/^77,A.I1,2021,80$/77,A.I1,2021,85/' "$TMP/pk/target.csv"
sed -i 's/Indikator A satu/Indikator A satu (baru)/' "$TMP/pk/indikator.csv"
check "a target and an uraian changed after signing" $K import "$A" "$TMP/pk"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --versi 1 --format pdf -o "$TMP/a1c.pdf" >/dev/null
check "  versi 1: the same PDF bytes" cmp "$TMP/a1.pdf" "$TMP/a1c.pdf"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --versi 1 --format html -o "$TMP/a1c.html" >/dev/null
check "  versi 1: the same HTML bytes" cmp "$TMP/a1.html" "$TMP/a1c.html"
printf '77,2021,A,2,002/PK/A/2021,2021-06-01,Ani,Kepala Dinas A,19000101 200001 1 001,Wali Kota Uji,Wali Kota Uji,\n' >>"$TMP/pk/pk.csv"
check "a PK Perubahan (versi 2)" $K import "$A" "$TMP/pk"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --format pdf -o "$TMP/a2.pdf" >/dev/null
if cmp -s "$TMP/a1.pdf" "$TMP/a2.pdf"; then r=same; else r=different; fi
eq "  the latest (versi 2) differs from versi 1" "different" "$r"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --format html -o "$TMP/a2.html" >/dev/null
teks "$TMP/a2.html" >"$TMP/a2.txt"
check "  versi 2: PK Perubahan with the new target and uraian" grep -q "PERJANJIAN KINERJA PERUBAHAN TAHUN 2021 .* 1 Sasaran Dinas A Indikator A satu (baru) % 85 " "$TMP/a2.txt"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd A --versi 1 --format pdf -o "$TMP/a1d.pdf" >/dev/null
check "  versi 1 still the same bytes" cmp "$TMP/a1.pdf" "$TMP/a1d.pdf"

check "the regional head's PK" $K report "$A" --pemda 77 --tahun 2021 --dokumen pk --format html -o "$TMP/p.html"
teks "$TMP/p.html" >"$TMP/p.txt"
check "  one signatory: berjanji, no pihak kedua" grep -q "Nama: Wali Kota Uji Jabatan: Wali Kota Uji berjanji akan mewujudkan" "$TMP/p.txt"
check "  programs 1.000 + 1.100 + 400 = 2.500" grep -q " Jumlah 2.500" "$TMP/p.txt"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --versi 7 --format pdf -o "$TMP/x.pdf" >/dev/null 2>"$TMP/e"
eq "a version that does not exist: exit 1" "1" "$?"
check "  named" grep -q "Perjanjian Kinerja 2021 kepala daerah versi 7 tidak ada" "$TMP/e"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --format xlsx -o "$TMP/x.xlsx" >/dev/null 2>"$TMP/e"
eq "PK as xlsx: exit 1" "1" "$?"
check "  says pdf or html" grep -q "format Perjanjian Kinerja: pdf atau html" "$TMP/e"
$K report "$A" --pemda 77 --tahun 2021 --dokumen pk --opd TIADA --format pdf -o "$TMP/x.pdf" >/dev/null 2>"$TMP/e"
eq "unknown OPD: exit 1" "1" "$?"
check "  named" grep -q "OPD 'TIADA' tidak ada di pemda 77" "$TMP/e"
$K report "$A" --pemda 77 --tahun 2021 --versi 1 --format pdf -o "$TMP/x.pdf" >/dev/null 2>"$TMP/e"
eq "--versi without --dokumen pk: usage error 2" "2" "$?"

# The OPD's LKj in every format. A's view: sasaran A.S1 holds A.I1 (100/85 = 117,6471 after
# the change) with bobot 1 and A.I2 40/50 = 80 with bobot 3: (117,6471 + 240) / 4 = 89,41.
for f in html pdf xlsx csv; do
	check "report --opd A as $f" $K report "$A" --pemda 77 --tahun 2021 --opd A --format $f -o "$TMP/lkj.$f"
done
teks "$TMP/lkj.html" >"$TMP/lkj.txt"
check "  the LKj PD cover" grep -q "LAPORAN KINERJA PERANGKAT DAERAH (LKj) Dinas A Kota Uji Tahun 2021" "$TMP/lkj.txt"
check "  its Renstra" grep -q "A. Rencana Strategis Perangkat Daerah" "$TMP/lkj.txt"
check "  Gambaran Umum names the OPD, its kind and head" grep -q "Dinas A (kode A) adalah perangkat daerah berjenis dinas Kota Uji. .* dipimpin oleh Ani (Kepala Dinas A)." "$TMP/lkj.txt"
check "  no missing text" sh -c "! grep -q '(null)' '$TMP/lkj.html'"
check "  sasaran_pd A.S1 measured: (117,6471 + 3 x 80) / 4 = 89,41" grep -q "Sasaran 1: Sasaran Dinas A .* 89,41 " "$TMP/lkj.txt"
check "  both PK versions as frozen: 80 then 85" grep -q "(versi 1, 2021-01-15) .*Indikator A satu % 80 .*(versi 2, 2021-06-01) .*Indikator A satu (baru) % 85 " "$TMP/lkj.txt"
# A's budget: pagu 1.100, realisasi 150 + 200 + 100 + 50 = 500: serapan 45,45; efisiensi 89,41 - 45,45 = 43,96
check "  budget per sasaran: 1.100, 500, 45,45" grep -q "1 Sasaran Dinas A 1.100 500 45,45" "$TMP/lkj.txt"
check "  efisiensi 89,41 - 45,45 = 43,96" grep -q "1 Sasaran Dinas A 89,41 45,45 43,96 efisien" "$TMP/lkj.txt"
check "  no OPD ranking inside an OPD" sh -c "! grep -q 'Peringkat Perangkat Daerah' '$TMP/lkj.txt'"
check "  csv holds the same figure" grep -q "^Sasaran 1: Sasaran Dinas A;;;;;89,41;" "$TMP/lkj.csv"
check "  xlsx is a workbook" sh -c "head -c 2 '$TMP/lkj.xlsx' | grep -q PK"
check "  pdf" sh -c "head -c 5 '$TMP/lkj.pdf' | grep -q '%PDF-'"
$K report "$A" --pemda 77 --tahun 2021 --opd TIADA --format html -o "$TMP/x.html" >/dev/null 2>"$TMP/e"
eq "LKj of an unknown OPD: exit 1" "1" "$?"

# The pemda's LKjIP: the OPD ranked (kaskade: A (117,6471 + 240 + 50 + 70) / 6 = 79,61,
# B 70, C 70 sharing rank 2; A1 without indicators or budget left out).
check "the LKjIP" $K report "$A" --pemda 77 --tahun 2021 --format html -o "$TMP/l.html"
teks "$TMP/l.html" >"$TMP/l.txt"
check "  OPD ranking table" grep -q "Capaian dan Peringkat Perangkat Daerah Kota Uji Tahun 2021 Peringkat Perangkat Daerah Indikator Capaian (%) Predikat Pagu (Rp) Serapan (%) 1 Dinas A 4 79,61 Tinggi 1.100 45,45 2 Dinas B 2 70,00 Sedang 400 n/a 2 Dinas C 2 70,00 Sedang 0 n/a " "$TMP/l.txt"
printf '77,2021,,2,,2021-07-01,Wali Kota Uji,Wali Kota Uji,,,,\n' >>"$TMP/pk/pk.csv"
check "the regional head's PK Perubahan" $K import "$A" "$TMP/pk"
$K report "$A" --pemda 77 --tahun 2021 --format html -o "$TMP/l2.html" >/dev/null
teks "$TMP/l2.html" >"$TMP/l2.txt"
check "  the LKjIP shows both versions" grep -q "Perjanjian Kinerja (versi 1), ditandatangani 2021-01-10 .* Perjanjian Kinerja Perubahan (versi 2), ditandatangani 2021-07-01" "$TMP/l2.txt"
check "  and not the OPD's" sh -c "! grep -q '002/PK/A/2021' '$TMP/l2.txt'"

# Export and import into a new database whose plan differs (target 85, the new uraian):
# the frozen content travels in pk_isi.csv and pk_anggaran.csv, not made again from the targets.
B=$(newdb b)
check "export" $K export "$A" "$TMP/ex"
check "  pk_isi.csv holds versi 1 as frozen" grep -q "^77,2021,A,1,1,A.I1,80,A.S1,Sasaran Dinas A,Indikator A satu,%$" "$TMP/ex/pk_isi.csv"
check "  pk_anggaran.csv holds its program" grep -q "^77,2021,A,1,1,Program Dinas A,1100$" "$TMP/ex/pk_anggaran.csv"
check "import of the export into a new database" sh -c "$K init '$B' >/dev/null && $K import '$B' '$TMP/ex' >/dev/null"
$K report "$B" --pemda 77 --tahun 2021 --dokumen pk --opd A --versi 1 --format pdf -o "$TMP/b1.pdf" >/dev/null
check "  versi 1 there: the same PDF bytes as signed" cmp "$TMP/a1.pdf" "$TMP/b1.pdf"
$K report "$B" --pemda 77 --tahun 2021 --dokumen pk --opd A --format pdf -o "$TMP/b2.pdf" >/dev/null
check "  versi 2 there: the same bytes too" cmp "$TMP/a2.pdf" "$TMP/b2.pdf"
C=$(newdb c)
check "kinerja copy" $K copy "$A" "$C"
$K report "$C" --pemda 77 --tahun 2021 --dokumen pk --opd A --versi 1 --format pdf -o "$TMP/c1.pdf" >/dev/null
check "  the copy keeps versi 1's frozen content: the same bytes" cmp "$TMP/a1.pdf" "$TMP/c1.pdf"
X=$(newdb x)
check "export as XLSX" $K export "$A" "$TMP/ex.xlsx"
check "import of the XLSX into a new database" sh -c "$K init '$X' >/dev/null && $K import '$X' '$TMP/ex.xlsx' >/dev/null"
$K report "$X" --pemda 77 --tahun 2021 --dokumen pk --opd A --versi 1 --format pdf -o "$TMP/x1.pdf" >/dev/null
check "  versi 1 through XLSX: the same PDF bytes as signed" cmp "$TMP/a1.pdf" "$TMP/x1.pdf"
check "importing the export again changes nothing" sh -c "$K import '$B' '$TMP/ex' | grep -q ' 0 baris baru, 0 diubah'"
sed -i 's/^77,2021,A,1,1,A.I1,80,/77,2021,A,1,1,A.I1,90,/' "$TMP/ex/pk_isi.csv"
$K import "$B" "$TMP/ex" >/dev/null 2>"$TMP/e"
eq "frozen content that differs from the signed version's: exit 1" "1" "$?"
nb=$(grep -n '^77,2021,A,1,1,A.I1,90,' "$TMP/ex/pk_isi.csv" | cut -d: -f1)
check "  pk_isi.csv's row and column named, with both values" grep -qF "pk_isi.csv baris $nb kolom target: PK 2021 A versi 1 sudah ditandatangani dan dibekukan; target '90' berbeda dari isi yang tersimpan ('80'); perubahan memerlukan versi baru (PK Perubahan)" "$TMP/e"
sed -i 's/^77,2021,A,1,1,A.I1,90,/77,2021,A,1,1,A.I1,80,/' "$TMP/ex/pk_isi.csv"
sed -i 's/^77,2021,A,1,1,Program Dinas A,1100$/77,2021,A,1,1,Program Dinas A,1200/' "$TMP/ex/pk_anggaran.csv"
$K import "$B" "$TMP/ex" >/dev/null 2>"$TMP/e"
eq "a signed version's program budget changed: exit 1" "1" "$?"
nb=$(grep -n '^77,2021,A,1,1,Program Dinas A,1200$' "$TMP/ex/pk_anggaran.csv" | cut -d: -f1)
check "  pk_anggaran.csv's row and column named" grep -qF "pk_anggaran.csv baris $nb kolom pagu: PK 2021 A versi 1 sudah ditandatangani dan dibekukan; pagu '1200' berbeda dari isi yang tersimpan ('1100')" "$TMP/e"
sed -i 's/^77,2021,A,1,1,Program Dinas A,1200$/77,2021,A,1,1,Program Dinas A,1100/' "$TMP/ex/pk_anggaran.csv"
cp "$TMP/ex/pk_isi.csv" "$TMP/pk_isi.asli"
grep -v '^77,2021,A,1,2,' "$TMP/pk_isi.asli" >"$TMP/ex/pk_isi.csv"
$K import "$B" "$TMP/ex" >/dev/null 2>"$TMP/e"
eq "a signed version given with a row fewer: exit 1" "1" "$?"
nb=$(grep -n '^77,2021,A,1,' "$TMP/ex/pk.csv" | cut -d: -f1)
check "  no row to name: the version's pk.csv row, with the counts" grep -qF "pk.csv baris $nb kolom versi: PK 2021 A versi 1 sudah ditandatangani dan dibekukan; pk_isi.csv memberi 3 baris untuk versi ini, yang tersimpan 4 (urutan 2 tidak ada); perubahan memerlukan versi baru (PK Perubahan)" "$TMP/e"
{ cat "$TMP/pk_isi.asli"; echo "77,2021,A,1,9,A.I1,80,,,,"; } >"$TMP/ex/pk_isi.csv"
$K import "$B" "$TMP/ex" >/dev/null 2>"$TMP/e"
nb=$(grep -n '^77,2021,A,1,9,' "$TMP/ex/pk_isi.csv" | cut -d: -f1)
check "  a row more: that row named" grep -qF "pk_isi.csv baris $nb kolom urutan: PK 2021 A versi 1 sudah ditandatangani dan dibekukan; urutan 9 tidak ada dalam isi yang tersimpan (4 baris)" "$TMP/e"
cp "$TMP/pk_isi.asli" "$TMP/ex/pk_isi.csv"
check "  the export as it was: accepted again" $K import "$B" "$TMP/ex"
mkdir -p "$TMP/yatim"
cp "$TMP/ex/pemda.csv" "$TMP/yatim/"
head -1 "$TMP/ex/pk_isi.csv" >"$TMP/yatim/pk_isi.csv"
echo "77,2021,A,5,1,A.I1,80,,,," >>"$TMP/yatim/pk_isi.csv"
$K import "$B" "$TMP/yatim" >/dev/null 2>"$TMP/e"
eq "frozen content without its pk.csv row: exit 1" "1" "$?"
check "  named" grep -q "pk_isi.csv: PK 2021 A versi 5 pemda 77 tidak ada di pk.csv impor ini" "$TMP/e"
echo "77,2021,A,x,0,,80" >>"$TMP/yatim/pk_isi.csv"
$K import "$B" "$TMP/yatim" >/dev/null 2>"$TMP/e"
check "  bad versi and urutan named by row and column" sh -c "grep -q 'pk_isi.csv baris 3 kolom versi' '$TMP/e' && grep -q 'pk_isi.csv baris 3 kolom urutan' '$TMP/e'"

# The signatories' rules of pk.csv, shared with signing in the browser (core/pegawai.c):
# NIP 18 digits, a real date, texts of at most 200 characters; the optional tempat.
mkdir -p "$TMP/ttd"
cp "$D"/*.csv "$TMP/ttd/"
T=$(newdb ttd)
$K init "$T" >/dev/null
printf '77,2021,B,1,,2021-02-30,Budi,Kepala Dinas B,1234,,,\n' >>"$TMP/ttd/pk.csv"
$K import "$T" "$TMP/ttd" >/dev/null 2>"$TMP/e"
eq "pk.csv with a bad NIP and 30 February: exit 1" "1" "$?"
check "  the NIP named by row and column" grep -q "pk.csv baris 4 kolom nip_pertama: NIP '1234' harus 18 angka" "$TMP/e"
check "  the date too" grep -q "pk.csv baris 4 kolom tanggal: tanggal '2021-02-30' harus YYYY-MM-DD" "$TMP/e"
# The OPD head's NIP in opd.csv (who signs its PK) follows the same rule.
cp "$D/pk.csv" "$TMP/ttd/pk.csv"
# "-" is no NIP, as forms write it; kept as written.
cp "$D/opd.csv" "$TMP/ttd/opd.csv"
printf '77,X9,Dinas Uji,,,Kepala Uji,-,Kepala Dinas\n' >>"$TMP/ttd/opd.csv"
check "opd.csv with NIP '-': imported" $K import "$T" "$TMP/ttd"
cp "$D/opd.csv" "$TMP/ttd/opd.csv"
printf '77,X9,Dinas Uji,,,Kepala Uji,1900 0101,Kepala Dinas\n' >>"$TMP/ttd/opd.csv"
$K import "$T" "$TMP/ttd" >/dev/null 2>"$TMP/e"
eq "opd.csv with a bad NIP: exit 1" "1" "$?"
check "  named by row and column" grep -q "opd.csv baris .* kolom nip: NIP '1900 0101' harus 18 angka" "$TMP/e"
cp "$D/opd.csv" "$TMP/ttd/opd.csv"
cp "$D/pk.csv" "$TMP/ttd/pk.csv"
printf '77,2021,B,1,,2021-02-01,%s,Kepala Dinas B,,,,\n' "$(printf '%0201d' 0)" >>"$TMP/ttd/pk.csv"
$K import "$T" "$TMP/ttd" >/dev/null 2>"$TMP/e"
check "a name of 201 characters refused" grep -q "pk.csv baris 4 kolom pihak_pertama: paling panjang 200 karakter (201)" "$TMP/e"
{ echo "pemda,tahun,opd,versi,nomor,tanggal,tempat,pihak_pertama,jabatan_pertama,nip_pertama,pihak_kedua,jabatan_kedua,nip_kedua"
  tail -n +2 "$D/pk.csv" | sed 's/^\([^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*\),/\1,,/'
  echo "77,2021,B,1,,2021-02-01,Balai Kota Uji,Budi,Kepala Dinas B,190001012000011002,,,"; } >"$TMP/ttd/pk.csv"
check "pk.csv with tempat and a NIP without spaces" $K import "$T" "$TMP/ttd"
$K report "$T" --pemda 77 --tahun 2021 --dokumen pk --opd B --format html -o "$TMP/b.html" >/dev/null
teks "$TMP/b.html" >"$TMP/b.txt"
check "  the place entered beside the date" grep -q "Balai Kota Uji, 1 Februari 2021" "$TMP/b.txt"
$K report "$T" --pemda 77 --tahun 2021 --dokumen pk --opd A --format html -o "$TMP/a.html" >/dev/null
teks "$TMP/a.html" >"$TMP/a.txt"
check "  without tempat: the pemda's seat as before" grep -q "Uji, 15 Januari 2021" "$TMP/a.txt"


# Rows of no version (which the foreign key forbids: put in with it switched off) sorted
# before a version's own: store_muat's one-pass join leaves rows over and joins version by
# version instead, so every document reads as before.
O=$(newdb orphan)
$K init "$O" >/dev/null
$K import "$O" "$D" >/dev/null
$K report "$O" --pemda 77 --tahun 2021 --dokumen pk --opd A --format html -o "$TMP/o1.html" >/dev/null
$K report "$O" --pemda 77 --tahun 2021 --dokumen pk --format html -o "$TMP/k1.html" >/dev/null
if [ "$KINERJA_ENGINE" = pg ]; then mati="SET session_replication_role = replica;"; else mati="PRAGMA foreign_keys = OFF;"; fi
q "$O" "$mati INSERT INTO pk_isi (pemda, tahun, opd, versi, urutan, indikator, target)
	VALUES ('77', 2021, '0YATIM', 1, 1, 'X', '1'), ('77', 2020, 'A', 9, 1, 'X', '1')" >/dev/null
eq "two rows of no version stored" "2" "$(q "$O" "SELECT COUNT(*) FROM pk_isi WHERE indikator = 'X'")"
$K report "$O" --pemda 77 --tahun 2021 --dokumen pk --opd A --format html -o "$TMP/o2.html" >/dev/null
$K report "$O" --pemda 77 --tahun 2021 --dokumen pk --format html -o "$TMP/k2.html" >/dev/null
check "  OPD A's PK reads the same" cmp "$TMP/o1.html" "$TMP/o2.html"
check "  the regional head's PK too" cmp "$TMP/k1.html" "$TMP/k2.html"
echo "1..$n"
