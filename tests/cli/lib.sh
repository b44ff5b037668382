# Helpers for the command-line tests: TAP output and temporary databases.
# Sourced by tests/cli/*.sh; $KINERJA is the binary under test.
: "${KINERJA:=$PWD/build/kinerja}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
n=0
ok() { # description, then the command's status in $?
	n=$((n + 1))
	echo "ok $n - $1"
}
check() { # description command...
	desc=$1
	shift
	n=$((n + 1))
	if "$@" >"$TMP/out" 2>&1; then
		echo "ok $n - $desc"
	else
		echo "not ok $n - $desc"
		sed 's/^/#   /' "$TMP/out" | head -20
	fi
}
eq() { # description expected actual
	n=$((n + 1))
	if [ "$2" = "$3" ]; then
		echo "ok $n - $1"
	else
		echo "not ok $n - $1"
		echo "#   expected: $2"
		echo "#   actual:   $3"
	fi
}
# jq-like field access with python3: j FILE EXPR (EXPR in python over `d`)
j() {
	python3 -c "import json,sys; d=json.load(open(sys.argv[1])); v=eval(sys.argv[2]); print(v if not isinstance(v,float) else repr(v))" "$1" "$2"
}
