#!/bin/sh
# Installs the Debian 12 packages kinerja needs to build and run, skipping
# those already present; with the argument `test`, also the test tools
# (pdftotext, chromium for browser tests, LibreOffice to recompute workbooks,
# wrk for benchmarks, valgrind, the PostgreSQL server for the second pass of
# the tests). Runs apt-get through sudo when not root. A build package that
# cannot be installed is an error; a test tool that cannot be installed is
# reported and left out (its tests print # SKIP with the reason).
set -e
pkgs="pkg-config libsqlite3-dev libmicrohttpd-dev libjansson-dev libsodium-dev libcmocka-dev
libcairo2-dev libpango1.0-dev libfontconfig-dev libxlsxwriter-dev libzip-dev libexpat1-dev libpq-dev fonts-dejavu-core"
alat=""
[ "${1:-}" = test ] && alat="poppler-utils chromium libreoffice-calc-nogui wrk valgrind postgresql"
hilang() { # the packages of the list that are not installed
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || printf ' %s' "$p"
	done
}
# shellcheck disable=SC2086 # the lists are words
missing=$(hilang $pkgs)
# shellcheck disable=SC2086
missing_alat=$(hilang $alat)
[ -z "$missing$missing_alat" ] && exit 0
echo "kinerja: memasang paket Debian:$missing$missing_alat" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null || true
# shellcheck disable=SC2086
[ -z "$missing" ] || $sudo apt-get install -y -q --no-install-recommends $missing >/dev/null
[ -z "$missing_alat" ] && exit 0
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing_alat >/dev/null 2>&1 && exit 0
# One by one, so that one tool this machine cannot have does not keep out the others.
for p in $missing_alat; do
	$sudo apt-get install -y -q --no-install-recommends "$p" >/dev/null 2>&1 ||
		echo "kinerja: paket $p tidak dapat dipasang; ujian yang memerlukannya dilewati (# SKIP)" >&2
done
exit 0
