#!/bin/sh
# The command-line paths under valgrind: no leaks, no invalid accesses.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data
case "$BUILD" in *asan*) echo "ok 1 # SKIP valgrind does not run sanitizer builds"; exit 0 ;; esac
if ! command -v valgrind >/dev/null 2>&1; then
	echo "ok 1 # SKIP valgrind not installed"
	exit 0
fi
DB=$(newdb v)
V="valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=9"
check "init under valgrind" $V $KINERJA init "$DB"
check "import under valgrind" $V $KINERJA import "$DB" "$D/mini"
check "measure under valgrind" $V $KINERJA measure "$DB" --pemda 36.73 --tahun 2020
check "measure --json under valgrind" $V $KINERJA measure "$DB" --pemda 36.73 --tahun 2020 --json
check "export under valgrind" $V $KINERJA export "$DB" "$TMP/ex"
check "review under valgrind" $V $KINERJA review "$DB" --pemda 36.73 --tahun 2020
for f in html pdf xlsx csv; do
	check "report --format $f under valgrind" $V $KINERJA report "$DB" --pemda 36.73 \
		--tahun 2020 --format $f -o "$TMP/lap.$f"
done
mkdir -p "$TMP/bad"
cp "$D"/mini/*.csv "$TMP/bad/"
sed -i 's/"12,78"/"x"/' "$TMP/bad/realisasi.csv"
$V $KINERJA import "$DB" "$TMP/bad" >/dev/null 2>&1
eq "a refused import under valgrind exits 1 (no memory errors)" "1" "$?"
echo "1..$n"
