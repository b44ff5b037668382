#!/bin/sh
# Time to write the demo LKjIP (Kota Serang 2020) in each format; the PDF's
# target is under 1 s. Then an OPD's LKj (target under 0.5 s). Usage: bench/report.sh [BUILD dir, default build]
BUILD=${1:-${BUILD:-build}}
K=$PWD/$BUILD/kinerja
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
$K demo "$T/d.db" >/dev/null || exit 1
for f in html pdf xlsx csv; do
	best=
	for i in 1 2 3 4 5; do
		s=$(date +%s.%N)
		$K report "$T/d.db" --pemda 36.73 --tahun 2020 --format $f -o "$T/l.$f" >/dev/null || exit 1
		e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" -eq 1 ]; then best=$t; fi
	done
	printf 'report %-4s %6.3f s (best of 5)  %8d bytes\n' $f "$best" "$(stat -c %s "$T/l.$f")"
done
# An OPD's LKj (the demo's Dinas Kesehatan, its programs and kegiatan under each sasaran_pd):
# target under 0.5 s. CPU time (user + sys) beside the wall time, which a busy machine inflates.
for f in pdf html; do
	/usr/bin/time -f "report --opd DINKES $f %e s wall, %U s user + %S s sys" \
		$K report "$T/d.db" --pemda 36.73 --tahun 2020 --opd DINKES --format $f -o "$T/o.$f" \
		>/dev/null || exit 1
done
