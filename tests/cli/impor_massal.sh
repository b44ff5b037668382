#!/bin/sh
# The bulk import's rows read ahead (store_impor_pemda, both engines): a file whose
# pemda come in runs that are not adjacent (91.01, 91.02, 91.01), a scale written in
# pengaturan.csv and used by indikator.csv and target.csv of the same import, a
# re-import compared against the rows already stored, and a changed cell.
. "$(dirname "$0")/lib.inc"
DB=$(newdb a)
K=$KINERJA
M=$TMP/m
mkdir -p "$M"
cat >"$M/pemda.csv" <<'CSV'
kode,nama,jenis,induk,periode_awal,periode_akhir
91,Provinsi Uji,provinsi,,2020,2024
91.01,Kota Satu,kota,91,2020,2024
91.02,Kota Dua,kota,91,2020,2024
CSV
cat >"$M/pengaturan.csv" <<'CSV'
pemda,kunci,nilai
91.02,skala.mutu,C;B;A
CSV
{
	echo "pemda,jenis,kode,induk,uraian"
	for p in 91.01 91.02; do
		echo "$p,visi,V,,Visi"
		echo "$p,misi,M1,V,Misi"
		echo "$p,tujuan,T1,M1,Tujuan"
		echo "$p,sasaran,S1,T1,Sasaran"
	done
} >"$M/rencana.csv"
cat >"$M/indikator.csv" <<'CSV'
pemda,kode,induk,uraian,satuan,arah,skala,opd,kondisi_awal,target_akhir
91.01,I1,S1,Indikator satu,persen,naik,,,,
91.02,I1,S1,Indikator satu,persen,naik,,,,
91.02,MUTU,S1,Mutu layanan,,kategori,mutu,,,
CSV
cat >"$M/target.csv" <<'CSV'
pemda,indikator,tahun,target
91.01,I1,2020,80
91.02,I1,2020,50
91.02,MUTU,2020,B
91.01,I1,2021,90
CSV
cat >"$M/realisasi.csv" <<'CSV'
pemda,indikator,tahun,triwulan,realisasi
91.01,I1,2020,,60
91.02,I1,2020,,55
91.02,MUTU,2020,,A
91.01,I1,2021,,45
CSV
$K init "$DB" >/dev/null
$K import "$DB" "$M" >"$TMP/imp1" 2>&1
eq "the import succeeds" "0" "$?"
# 3 pemda + 1 setting + 8 rencana + 3 indikator + 4 target + 4 realisasi = 23 rows.
check "every row is new" grep -q "Impor selesai: 23 baris baru, 0 diubah, 0 sama" "$TMP/imp1"
$K measure "$DB" --pemda 91.01 --tahun 2020 --json >"$TMP/a20.json"
$K measure "$DB" --pemda 91.01 --tahun 2021 --json >"$TMP/a21.json"
$K measure "$DB" --pemda 91.02 --tahun 2020 --json >"$TMP/b20.json"
# naik: 60 / 80 x 100 = 75; the second run of 91.01 (2021): 45 / 90 x 100 = 50.
eq "91.01 2020: 60 / 80 = 75 %" "75.0" "$(j "$TMP/a20.json" "[i for i in d['indikator'] if i['kode']=='I1'][0]['capaian']")"
eq "91.01 2021 (a later run of the pemda): 45 / 90 = 50 %" "50.0" "$(j "$TMP/a21.json" "[i for i in d['indikator'] if i['kode']=='I1'][0]['capaian']")"
eq "91.02 2020: 55 / 50 = 110 %" "110.0" "$(j "$TMP/b20.json" "[i for i in d['indikator'] if i['kode']=='I1'][0]['capaian']")"
# kategori on the scale C;B;A written in the same import: A is above the target B -> 100.
eq "91.02 category A against target B on the new scale: 100 %" "100.0" "$(j "$TMP/b20.json" "[i for i in d['indikator'] if i['kode']=='MUTU'][0]['capaian']")"

$K import "$DB" "$M" >"$TMP/imp2" 2>&1
check "a re-import finds all 23 rows the same" grep -q "Impor selesai: 0 baris baru, 0 diubah, 23 sama" "$TMP/imp2"

sed -i 's/^91.01,I1,2021,,45$/91.01,I1,2021,,81/' "$M/realisasi.csv"
$K import "$DB" "$M" >"$TMP/imp3" 2>&1
check "one changed cell: 1 changed, 22 the same" grep -q "Impor selesai: 0 baris baru, 1 diubah, 22 sama" "$TMP/imp3"
$K measure "$DB" --pemda 91.01 --tahun 2021 --json >"$TMP/a21b.json"
eq "91.01 2021 after the change: 81 / 90 = 90 %" "90.0" "$(j "$TMP/a21b.json" "[i for i in d['indikator'] if i['kode']=='I1'][0]['capaian']")"
echo "1..$n"
