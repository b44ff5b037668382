#!/bin/sh
# Installs the Debian 12 packages kinerja needs to build and run, skipping
# those already present; with the argument `test`, also the test tools
# (pdftotext, chromium for browser tests, LibreOffice to recompute workbooks,
# wrk for benchmarks, valgrind). Runs apt-get through sudo when not root.
set -e
pkgs="pkg-config libsqlite3-dev libmicrohttpd-dev libjansson-dev libsodium-dev libcmocka-dev
libcairo2-dev libpango1.0-dev libfontconfig-dev libxlsxwriter-dev libzip-dev libexpat1-dev libpq-dev fonts-dejavu-core"
[ "${1:-}" = test ] && pkgs="$pkgs poppler-utils chromium libreoffice-calc-nogui wrk valgrind postgresql"
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "kinerja: memasang paket Debian:$missing" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null || true
$sudo apt-get install -y -q --no-install-recommends $missing >/dev/null
