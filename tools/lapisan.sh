#!/bin/sh
# Architecture check (docs/architecture.md): every `#include "..."` under src/
# must follow an allowed arrow between the parts, and only src/store and
# src/layanan may call the store's write functions. Prints each violation
# (file and include or call) and exits 1; exits 0 when the tree is clean.
# Usage: tools/lapisan.sh [ROOT]   (ROOT holds src/; default: the repository)
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 2

# Allowed arrows: part -> parts it may include (besides itself).
allowed() {
	case $1 in
	util) echo "" ;;
	core) echo "util" ;;
	io) echo "core util" ;;
	store) echo "core util" ;;
	report) echo "core io util" ;;
	layanan) echo "store io core util report" ;;
	web) echo "layanan report store core util" ;;
	cli) echo "layanan report store web io core util" ;;
	main) echo "cli" ;;
	*) echo "?" ;;
	esac
}

# Known exceptions, "file include-or-call", until their owners move them.
# The integrator removes each line once the branch that moves it is merged.
exceptions='
'

is_exception() {
	printf '%s\n' "$exceptions" | grep -qxF "$1 $2"
}

part_of() { # path under src/ -> its part
	case $1 in
	src/main.c) echo main ;;
	src/*/*) p=${1#src/}; echo "${p%%/*}" ;;
	*) echo "?" ;;
	esac
}

# Normalises dir/rel (handles ./ and ../) into a path from the root.
resolve() {
	printf '%s/%s\n' "$1" "$2" | awk -F/ '{
		n = 0
		for (i = 1; i <= NF; i++) {
			if ($i == "." || $i == "") continue
			if ($i == "..") { if (n > 0) n--; continue }
			p[++n] = $i
		}
		s = p[1]; for (i = 2; i <= n; i++) s = s "/" p[i]; print s
	}'
}

bad=0
used=''
for f in $(find src -name '*.[ch]' | sort); do
	from=$(part_of "$f")
	dir=$(dirname "$f")
	for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
		target=$(resolve "$dir" "$inc")
		to=$(part_of "$target")
		[ "$to" = "$from" ] && continue
		ok=0
		for a in $(allowed "$from"); do
			[ "$a" = "$to" ] && ok=1
		done
		[ $ok = 1 ] && continue
		if is_exception "$f" "$target"; then
			used="$used
$f $target"
			continue
		fi
		echo "lapisan: $f includes \"$inc\" ($from -> $to is not an allowed arrow)"
		bad=1
	done
	case $f in
	src/store/* | src/layanan/*) continue ;;
	esac
	# Store writes outside the store and the services layer (comment lines skipped).
	for call in $(grep -v '^[[:space:]]*\(\*\|/\*\|//\)' "$f" |
		grep -o '\bstore_\(simpan_[a-z_]*\|begin\|commit\|audit\)[[:space:]]*(' |
		sed 's/[[:space:]]*($//' | sort -u); do
		if is_exception "$f" "$call"; then
			used="$used
$f $call"
			continue
		fi
		echo "lapisan: $f calls $call (store writes belong in src/layanan)"
		bad=1
	done
done

# Exceptions that no longer match anything: tell, so they are removed.
printf '%s\n' "$exceptions" | while read -r a b; do
	[ -n "$a" ] || continue
	printf '%s\n' "$used" | grep -qxF "$a $b" ||
		echo "lapisan: note: exception '$a $b' is no longer needed"
done
exit $bad
