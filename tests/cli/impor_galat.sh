#!/bin/sh
# Import reports every error of a file (all rows, all columns), capped, and
# stores nothing; a range written high-low is refused with its row and column.
. "$(dirname "$0")/lib.inc"
ADB=$(newdb a)
D=$(dirname "$0")/data
K=$KINERJA

# A copy of the mini folder to spoil: $TMP/$1.
mini_salin() {
	mkdir -p "$TMP/$1"
	cp "$D"/mini/*.csv "$TMP/$1/"
}

$K init "$ADB" >/dev/null
check "import of the mini folder" $K import "$ADB" "$D/mini"
$K export "$ADB" "$TMP/before" >/dev/null

# Four bad cells in two rows and three columns of realisasi.csv.
mini_salin bad
sed -i -e 's/36.73,HLS,2020,,"12,78"/36.73,HLS,2020,7,"12,7x8"/' \
	-e 's/36.73,RLS,2020,,"8,76"/36.73,RLS,20x0,,abc/' "$TMP/bad/realisasi.csv"
$K import "$ADB" "$TMP/bad" 2>"$TMP/err"
eq "several bad cells: exit status 1" "1" "$?"
check "row 3 column tahun reported" grep -q "realisasi.csv baris 3 kolom tahun: '20x0' bukan tahun" "$TMP/err"
check "row 3 column realisasi reported" grep -q "realisasi.csv baris 3 kolom realisasi: 'abc' bukan angka" "$TMP/err"
check "row 4 column triwulan reported" grep -q "realisasi.csv baris 4 kolom triwulan: triwulan '7'" "$TMP/err"
check "row 4 column realisasi reported" grep -q "realisasi.csv baris 4 kolom realisasi: '12,7x8' bukan angka" "$TMP/err"
eq "exactly the four errors are printed" "4" "$(grep -c 'realisasi.csv baris' "$TMP/err")"
$K export "$ADB" "$TMP/after" >/dev/null
check "several bad cells: nothing stored" diff -r "$TMP/before" "$TMP/after"

# A Rupiah cell as Excel exports it: refused, saying what to write instead.
mini_salin rp
awk -F, -v OFS=, 'NR == 2 { $5 = "Rp 1.000" } { print }' "$D/mini/anggaran.csv" >"$TMP/rp/anggaran.csv"
$K import "$ADB" "$TMP/rp" 2>"$TMP/err"
eq "Rp in a pagu: exit status 1" "1" "$?"
check "  the cell named, and the number to write" grep -qF "anggaran.csv baris 2 kolom pagu: 'Rp 1.000' bukan angka: tulis tanpa \"Rp\", mis. 1.000" "$TMP/err"

# A percentage cell as Excel exports it: refused likewise.
mini_salin persen
sed -i 's/36.73,RLS,2020,,"8,76"/36.73,RLS,2020,,"8,76 %"/' "$TMP/persen/realisasi.csv"
$K import "$ADB" "$TMP/persen" 2>"$TMP/err"
eq "% in a realisasi: exit status 1" "1" "$?"
check "  the cell named, and the number to write" grep -qF "realisasi.csv baris 3 kolom realisasi: '8,76 %' bukan angka: tulis tanpa \"%\" (satuan ada di indikator), mis. 8,76" "$TMP/err"
$K export "$ADB" "$TMP/after" >/dev/null
check "  nothing stored" diff -r "$TMP/before" "$TMP/after"

# Every error of a big file, the printed list capped at 200.
mini_salin many
{
	echo "pemda,indikator,tahun,triwulan,realisasi"
	i=0
	while [ $i -lt 250 ]; do
		echo "36.73,IPM,$((1900 + i)),,x$i"
		i=$((i + 1))
	done
} >"$TMP/many/realisasi.csv"
$K import "$ADB" "$TMP/many" 2>"$TMP/err"
eq "250 bad cells: exit status 1" "1" "$?"
eq "200 errors printed" "200" "$(grep -c 'realisasi.csv baris' "$TMP/err")"
check "the rest counted" grep -q "… dan 50 galat lain" "$TMP/err"
check "the last printed is row 201" grep -q "realisasi.csv baris 201 kolom realisasi: 'x199' bukan angka" "$TMP/err"

# A header with two unknown columns: both named.
mkdir -p "$TMP/hdr"
cp "$D"/mini/pemda.csv "$TMP/hdr/"
printf 'pemda,kode,nama,warna,bau\n36.73,D1,Dinas\n' >"$TMP/hdr/opd.csv"
$K import "$ADB" "$TMP/hdr" 2>"$TMP/err"
check "first unknown column named" grep -q "opd.csv baris 1 kolom warna: kolom 'warna' tidak dikenal (kolom yang dikenal: pemda, kode, nama, induk, jenis, kepala, nip, jabatan)" "$TMP/err"
check "second unknown column named" grep -q "opd.csv baris 1 kolom bau: kolom 'bau' tidak dikenal" "$TMP/err"

# A range written high-low is refused with row and column, not stored as 3-5.
mini_salin rng
sed -i 's/36.73,INFLASI,2020,3-5/36.73,INFLASI,2020,5-3/' "$TMP/rng/target.csv"
$K import "$ADB" "$TMP/rng" 2>"$TMP/err"
eq "high-low range: exit status 1" "1" "$?"
check "high-low range: file, row and column named" grep -q "target.csv baris 6 kolom target: '5-3': rentang ditulis dari besar ke kecil; tulis 3-5" "$TMP/err"
sed -i 's/36.73,INFLASI,S9,Tingkat Inflasi,%,rentang,,,,3-5/36.73,INFLASI,S9,Tingkat Inflasi,%,rentang,,,,"5,5 - 4,5"/' "$TMP/rng/indikator.csv"
$K import "$ADB" "$TMP/rng" 2>"$TMP/err"
check "high-low target_akhir: row and column named" grep -q "indikator.csv baris 5 kolom target_akhir: '5,5 - 4,5': rentang ditulis dari besar ke kecil" "$TMP/err"
$K export "$ADB" "$TMP/after2" >/dev/null
check "high-low range: nothing stored" diff -r "$TMP/before" "$TMP/after2"

# Messages that list the template's files name all of them.
mkdir -p "$TMP/unk"
cp "$D"/mini/pemda.csv "$TMP/unk/"
printf 'a\n1\n' >"$TMP/unk/targets.csv"
$K import "$ADB" "$TMP/unk" 2>"$TMP/err"
check "an unknown file lists every template file" grep -q "targets.csv: berkas tidak dikenal di templat impor (nama yang dikenal: pemda.csv, pengaturan.csv, opd.csv, rencana.csv, indikator.csv, target.csv, realisasi.csv, anggaran.csv, pembanding.csv, narasi.csv, dilaporkan.csv, kerangka.csv, lke_jawaban.csv, survei.csv, survei_jawaban.csv, lke_rekomendasi.csv, pk_isi.csv, pk_anggaran.csv, pk.csv, jadwal.csv)" "$TMP/err"

# Two rows of one key (the template's key columns) in a file: the later refused, naming the
# earlier; target.csv's second row of an indicator and year is the PK Perubahan (mini has one).
mini_salin ganda
printf '36,Provinsi Banten lagi,provinsi,,2017,2022,\n' >>"$TMP/ganda/pemda.csv"
printf '36.73,IPM,2020,,"72,50"\n36.73,RLS,02020,,"8,80"\n36.73,RLS,2020,1,"8,80"\n' >>"$TMP/ganda/realisasi.csv"
$K import "$ADB" "$TMP/ganda" >/dev/null 2>"$TMP/err"
eq "a key twice: exit status 1" "1" "$?"
check "pemda.csv: the later kode named with the earlier row" grep -qF "pemda.csv baris 4 kolom kode: kode '36' sudah ada di baris 2" "$TMP/err"
sed -i '$d' "$TMP/ganda/pemda.csv"
$K import "$ADB" "$TMP/ganda" >/dev/null 2>"$TMP/err"
nr=$(wc -l <"$D/mini/realisasi.csv")
check "realisasi.csv: a key of three columns named" grep -qF "realisasi.csv baris $((nr + 1)) kolom indikator: indikator 'IPM', tahun '2020', triwulan kosong sudah ada di baris 2" "$TMP/err"
check "  a year written 02020 is 2020" grep -qF "realisasi.csv baris $((nr + 2)) kolom indikator: indikator 'RLS', tahun '02020', triwulan kosong sudah ada di baris 3" "$TMP/err"
eq "  a quarter's row is another key: two errors" "2" "$(grep -c 'realisasi.csv baris' "$TMP/err")"
$K export "$ADB" "$TMP/after3" >/dev/null
check "a key twice: nothing stored" diff -r "$TMP/before" "$TMP/after3"

# The same check on a workbook's sheets.
python3 - "$TMP/ganda.xlsx" "$(dirname "$0")" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
from xlsx_mentah import buku
buku(sys.argv[1], [
    ("pemda", [["kode", "nama", "jenis", "induk", "periode_awal", "periode_akhir"],
               ["36.73", "Kota Serang", "kota", "", "2018", "2023"]]),
    ("opd", [["pemda", "kode", "nama"], ["36.73", "D1", "Dinas Satu"], ["36.73", "D2", "Dinas Dua"],
             ["36.73", "D1", "Dinas Satu lagi"]])])
PY
$K import "$ADB" "$TMP/ganda.xlsx" >/dev/null 2>"$TMP/err"
eq "XLSX with a key twice: exit status 1" "1" "$?"
check "XLSX: sheet, row and column named" grep -qF "ganda.xlsx:opd baris 4 kolom kode: kode 'D1' sudah ada di baris 2" "$TMP/err"
echo "1..$n"
