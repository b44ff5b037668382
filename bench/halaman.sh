#!/bin/sh
# Server time of every page of the web application on the bundled demo (`kinerja demo`),
# logged in as admin: for each page the median of N requests of curl's time_total -
# time_connect (from the connection made to the last byte of the answer, on the loopback:
# the server's time and a little of curl's), in milliseconds; target < 20 ms each.
# Usage: bench/halaman.sh   (BUILD=build by default; N=20). Exit 1 when a page misses it.
# Figures depend on the machine and on what else runs on it.
set -e
BUILD=${BUILD:-build}
KINERJA=${KINERJA:-$PWD/$BUILD/kinerja}
N=${N:-20}
BATAS=${BATAS:-20}
out=$(mktemp -d)
trap 'kill $kpid 2>/dev/null; rm -rf "$out"' EXIT
db="$out/demo.db"
"$KINERJA" demo "$db" >/dev/null
KINERJA_ADMIN_SANDI=bench-sandi-rahasia "$KINERJA" serve "$db" --listen 127.0.0.1:0 >"$out/serve.log" &
kpid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
	grep -q 'http://' "$out/serve.log" 2>/dev/null && break
	sleep 0.5
done
port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$out/serve.log")
base="http://127.0.0.1:$port"
jar="$out/jar"
curl -s -c "$jar" -H 'Content-Type: application/json' \
	-d '{"nama":"admin","kata_sandi":"bench-sandi-rahasia"}' "$base/api/masuk" >/dev/null
q="pemda=36.73&tahun=2020"
gagal=0
printf '%-45s %8s\n' halaman "ms (median)"
for hal in "/dasbor?$q" "/dasbor" "/indikator?$q&kode=IPM" "/realisasi?$q" \
	"/realisasi?$q&triwulan=1" "/reviu?$q" "/reviu?$q&kelompok=sumber&tingkat=kesalahan" \
	"/audit" "/audit?pemda=36.73&tabel=realisasi" "/pengguna" "/akun" "/rencana-aksi?$q" \
	"/jadwal?$q" "/rencana?tabel=anggaran&pemda=36.73" "/rencana?tabel=narasi&pemda=36.73" \
	"/rencana?tabel=target&pemda=36.73&tahun=2020"; do
	: >"$out/t"
	i=0
	while [ $i -lt "$N" ]; do
		curl -s -o /dev/null -b "$jar" -w '%{time_connect} %{time_total} %{http_code}\n' \
			"$base$hal" >>"$out/t"
		i=$((i + 1))
	done
	if grep -qv ' 200$' "$out/t"; then
		echo "$hal: not 200 ($(grep -v ' 200$' "$out/t" | head -1))" >&2
		gagal=1
	fi
	[ -n "$DEBUG" ] && cat "$out/t" >&2
	ms=$(awk '{print 1000 * ($2 - $1)}' "$out/t" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
	printf '%-45s %8.2f\n' "$hal" "$ms"
	awk -v m="$ms" -v b="$BATAS" 'BEGIN {exit !(m < b)}' || gagal=1
done
[ "$gagal" -eq 0 ] && echo "every page under $BATAS ms" || echo "some page missed $BATAS ms"
exit "$gagal"
