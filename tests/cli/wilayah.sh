#!/bin/sh
# Trends and the province view (wilayah.md): the Pekalongan projection and the Banten 2023
# comparison through `kinerja demo`, and a hand-computed ranking with ties over invented data
# (tests/cli/data-wilayah: every figure there is invented for this test).
. "$(dirname "$0")/lib.inc"
K=$KINERJA
DB=$(newdb d)
check "kinerja demo" $K demo "$DB"

# Kota Pekalongan angka kemiskinan 2021-2023: 7,59 7,00 6,81, turun, target 2026 5,89.
$K measure "$DB" --pemda 33.75 --tahun 2023 --json >"$TMP/pk.json"
pr() { j "$TMP/pk.json" "[i for i in d['indikator'] if i['kode']=='KEMISKINAN'][0]['proyeksi']$1"; }
eq "Pekalongan: proyeksi as in wilayah.md" \
	"{'tahun_akhir': 2026, 'target_akhir': 5.89, 'laju_diperlukan': -0.3067, 'metode': [{'nama': 'tren_linier', 'nilai': 5.5733, 'laju': -0.39, 'status': 'tercapai'}, {'nama': 'laju_terakhir', 'nilai': 6.24, 'laju': -0.19, 'status': 'tidak_tercapai'}]}" \
	"$(pr '')"
$K measure "$DB" --pemda 33.75 --tahun 2022 --json >"$TMP/pk22.json"
eq "Pekalongan 2022: the line through 2 points (7,59 -> 7,00: -0,59 a year, 2026: 4,64)" \
	"-0.59 4.64 -0.2775" \
	"$(j "$TMP/pk22.json" "' '.join(str(x) for x in [d['indikator'][0]['proyeksi']['metode'][0]['laju'], d['indikator'][0]['proyeksi']['metode'][0]['nilai'], d['indikator'][0]['proyeksi']['laju_diperlukan']])")"
$K measure "$DB" --pemda 33.75 --tahun 2021 --json >"$TMP/pk21.json"
eq "Pekalongan 2021: one point, proyeksi null and catatan says why" \
	"None proyeksi: data belum cukup" \
	"$(j "$TMP/pk21.json" "str(d['indikator'][0]['proyeksi']) + ' ' + d['indikator'][0]['catatan']")"

# The LKjIP's analysis names the projection.
$K report "$DB" --pemda 33.75 --tahun 2023 --format html -o "$TMP/pk.html" >/dev/null
check "LKjIP Pekalongan 2023: one projection sentence (5,57 in 2026, tren linier, -0,31 a year)" \
	grep -q "diproyeksikan 5,57 pada tahun 2026 (tren linier).*-0,31 per tahun" "$TMP/pk.html"

# Banten 2023, angka kemiskinan (turun): province 6,17, national 9,36.
$K compare "$DB" --induk 36 --indikator KEMISKINAN --tahun 2023 --json >"$TMP/bt.json"
eq "Banten: nilai_induk 6,17, nilai_nasional 9,36" "6.17 9.36" \
	"$(j "$TMP/bt.json" "'%s %s' % (d['nilai_induk'], d['nilai_nasional'])")"
eq "Banten: JSON keys as in wilayah.md" \
	"['induk', 'indikator', 'tahun', 'nilai_induk', 'nilai_nasional', 'wilayah'] ['kode', 'nama', 'realisasi', 'target', 'capaian', 'predikat', 'peringkat', 'terhadap_induk', 'terhadap_nasional', 'terhadap_batas']" \
	"$(j "$TMP/bt.json" "str(list(d.keys())) + ' ' + str(list(d['wilayah'][0].keys()))")"
eq "Banten: the four above the province and below the national rate, ranked lowest first" \
	"Kota Serang 6.2 1 di_atas di_bawah|Kabupaten Tangerang 6.93 2 di_atas di_bawah|Kabupaten Lebak 8.68 3 di_atas di_bawah|Kabupaten Pandeglang 9.27 4 di_atas di_bawah" \
	"$(j "$TMP/bt.json" "'|'.join('%s %s %s %s %s' % (w['nama'], w['realisasi'], w['peringkat'], w['terhadap_induk'], w['terhadap_nasional']) for w in d['wilayah'])")"
$K compare "$DB" --induk 36 --indikator KEMISKINAN_EKSTREM --tahun 2023 --batas 1 --json >"$TMP/be.json"
eq "Banten kemiskinan ekstrem, --batas 1: Pandeglang, Lebak, Kab. Tangerang above, Cilegon 0 not" \
	"Kabupaten Pandeglang:di_atas Kabupaten Lebak:di_atas Kabupaten Tangerang:di_atas Kota Cilegon:di_bawah" \
	"$(j "$TMP/be.json" "' '.join('%s:%s' % (w['nama'], w['terhadap_batas']) for w in sorted(d['wilayah'], key=lambda w: ['36.01','36.02','36.03','36.72'].index(w['kode'])))")"
$K compare "$DB" --induk 36 --indikator KEMISKINAN --tahun 2023 >"$TMP/bt.txt"
check "the table names the regions" grep -q "Kabupaten Pandeglang.*9,27.*di atas.*di bawah" "$TMP/bt.txt"
check "the table names the parent and its value" grep -q "Nilai Provinsi Banten: 6,17 · nasional: 9,36" "$TMP/bt.txt"
$K compare "$DB" --induk 99 --indikator KEMISKINAN --tahun 2023 2>"$TMP/e"
eq "an unknown parent: exit 1" "1" "$?"
check "... naming it" grep -q "induk '99' tidak ada" "$TMP/e"
$K compare "$DB" --induk 36 --tahun 2023 2>/dev/null
eq "without --indikator: exit 2" "2" "$?"
$K report "$DB" --pemda 36 --tahun 2023 --format html -o "$TMP/bt.html" >/dev/null
check "LKjIP Banten 2023: the province table" \
	grep -q "Perbandingan Kabupaten/Kota: Persentase Penduduk Miskin Tahun 2023" "$TMP/bt.html"
check "... names its kab/kota" grep -q "Kabupaten Pandeglang" "$TMP/bt.html"
$K report "$DB" --pemda 33.75 --tahun 2023 --format html -o "$TMP/pk.html" >/dev/null
check "a kota's LKjIP has no such table" sh -c "! grep -q 'Perbandingan Kabupaten/Kota' '$TMP/pk.html'"

# Invented data: IPM (naik) 2022 of the children of 91: 75, 72, 72, 70, 68, one without
# realisasi, one child of 92 (99, not counted); the parent 71, national (pembanding 00) 72.
DB2=$(newdb u)
$K init "$DB2" >/dev/null
check "import the invented regions" $K import "$DB2" "$(dirname "$0")/data-wilayah"
$K compare "$DB2" --induk 91 --indikator IPM --tahun 2022 --batas 70 --json >"$TMP/u.json"
eq "ties share a rank (1 2 2 4 5), the region without realisasi last, unranked" \
	"91.05:1 91.02:2 91.03:2 91.01:4 91.04:5 91.06:None" \
	"$(j "$TMP/u.json" "' '.join('%s:%s' % (w['kode'], w['peringkat']) for w in d['wilayah'])")"
eq "positions against 71 (parent), 72 (national), 70 (batas)" \
	"di_atas/di_atas/di_atas di_atas/sama/di_atas di_atas/sama/di_atas di_bawah/di_bawah/sama di_bawah/di_bawah/di_bawah None/None/None" \
	"$(j "$TMP/u.json" "' '.join('%s/%s/%s' % (w['terhadap_induk'], w['terhadap_nasional'], w['terhadap_batas']) for w in d['wilayah'])")"
eq "capaian and predikat from each region's own target (72/80 = 90 Tinggi; 70/70 = 100)" \
	"90.0 Tinggi 100.0 Sangat Tinggi" \
	"$(j "$TMP/u.json" "'%s %s %s %s' % (d['wilayah'][1]['capaian'], d['wilayah'][1]['predikat'], d['wilayah'][3]['capaian'], d['wilayah'][3]['predikat'])")"
# Each child's own settings (store_wilayah_muat reads them with the pemda): 91.02 rates with
# its own scale "85=Baik;0=Kurang", so its capaian 72/80 = 90 >= 85 is Baik; 91.01 keeps the
# default scale (70/70 = 100: Sangat Tinggi). A 2023 value of 91.02 (50) leaves 2022 alone.
mkdir "$TMP/atur"
cp "$(dirname "$0")/data-wilayah/pemda.csv" "$TMP/atur/"
printf 'pemda,kunci,nilai\n91.02,predikat,"85=Baik;0=Kurang"\n' >"$TMP/atur/pengaturan.csv"
printf 'pemda,indikator,tahun,triwulan,realisasi\n91.02,IPM,2023,,"50"\n' >"$TMP/atur/realisasi.csv"
check "import a predikat scale of 91.02 and its 2023 value" $K import "$DB2" "$TMP/atur"
$K compare "$DB2" --induk 91 --indikator IPM --tahun 2022 --json >"$TMP/u2.json"
eq "a child's own predikat scale: 91.02 90 Baik, 91.01 100 Sangat Tinggi; 2022 ranks unchanged" \
	"90.0 Baik 100.0 Sangat Tinggi 91.05:1 91.02:2 91.03:2 91.01:4 91.04:5 91.06:None" \
	"$(j "$TMP/u2.json" "'%s %s %s %s ' % (d['wilayah'][1]['capaian'], d['wilayah'][1]['predikat'], d['wilayah'][3]['capaian'], d['wilayah'][3]['predikat']) + ' '.join('%s:%s' % (w['kode'], w['peringkat']) for w in d['wilayah'])")"
$K measure "$DB2" --pemda 91.01 --tahun 2022 --json >"$TMP/u1.json"
eq "69 -> 70 toward 74 by 2026: line at 2026 = 74, tercapai; 1 a year still needed" \
	"74.0 tercapai 1.0" \
	"$(j "$TMP/u1.json" "'%s %s %s' % (d['indikator'][0]['proyeksi']['metode'][0]['nilai'], d['indikator'][0]['proyeksi']['metode'][0]['status'], d['indikator'][0]['proyeksi']['laju_diperlukan'])")"

# A projection whose last value already meets the end target: 91.01's IPM (naik, target akhir
# 74) at 75 in 2023 needs no change; the sentence says so instead of "diperlukan perubahan -0,33".
mkdir "$TMP/capai"
cp "$(dirname "$0")/data-wilayah/pemda.csv" "$TMP/capai/"
printf 'pemda,indikator,tahun,triwulan,realisasi\n91.01,IPM,2023,,"75"\n' >"$TMP/capai/realisasi.csv"
$K import "$DB2" "$TMP/capai" >/dev/null
$K report "$DB2" --pemda 91.01 --tahun 2023 --format html -o "$TMP/capai.html" >/dev/null
check "LKjIP: a last value at the end target says it has reached it" \
	grep -q "diperkirakan tercapai; nilai tahun 2023 (75,00) sudah mencapai target akhir itu" "$TMP/capai.html"
check "  and names no required change" sh -c "! grep -q 'diperlukan perubahan -' '$TMP/capai.html'"
echo "1..$n"
