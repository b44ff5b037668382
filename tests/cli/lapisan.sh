#!/bin/sh
# The architecture check (tools/lapisan.sh): green on the tree, and it can
# fail: planted includes against the arrows and a store write outside
# src/store and src/layanan are named with file and include or call.
. "$(dirname "$0")/lib.inc"
R=$(cd "$(dirname "$0")/../.." && pwd)
L=$R/tools/lapisan.sh

check "the tree follows the arrows" sh "$L" "$R"

cp -r "$R/src" "$TMP/src"
echo '#include "../store/store.h"' >>"$TMP/src/io/csv.c"
echo '#include "../io/csv.h"' >>"$TMP/src/core/angka.c"
echo '#include "../web/web.h"' >>"$TMP/src/layanan/impor.c"
printf 'static void f(struct store *s) { store_simpan_opd(s, 0, 0, 0, 0, 0); }\n' >>"$TMP/src/report/svg.c"
printf '/* store_begin( in a comment is fine */\n' >>"$TMP/src/report/html.c"
sh "$L" "$TMP" >"$TMP/lapisan" 2>&1
eq "planted violations: exit status 1" "1" "$?"
check "io -> store named" grep -q 'lapisan: src/io/csv.c includes "../store/store.h" (io -> store' "$TMP/lapisan"
check "core -> io named" grep -q 'lapisan: src/core/angka.c includes "../io/csv.h" (core -> io' "$TMP/lapisan"
check "layanan -> web named" grep -q 'lapisan: src/layanan/impor.c includes "../web/web.h" (layanan -> web' "$TMP/lapisan"
check "a store write in report named" grep -q 'lapisan: src/report/svg.c calls store_simpan_opd' "$TMP/lapisan"
eq "nothing else reported" "4" "$(grep -c '^lapisan: src' "$TMP/lapisan")"
echo "1..$n"
