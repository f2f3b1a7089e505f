# What the command-line test scripts share: a temporary folder, pass/fail counting, and
# `expect` (exit code and output of one command). Source it; it needs `bin` set.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

check() { # name, condition result (0 = ok)
    if [ "$2" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1" >&2; fi
}
expect() { # name, expected exit code, pattern expected in output, command...
    local name=$1 code=$2 pattern=$3
    shift 3
    local out rc
    out=$("$@" 2>&1)
    rc=$?
    if [ "$rc" != "$code" ]; then
        echo "FAIL: $name: exit code $rc, expected $code; output:" >&2
        printf '%s\n' "$out" | head -20 >&2
        failed=$((failed + 1))
        return
    fi
    if ! printf '%s\n' "$out" | grep -qE -- "$pattern"; then
        echo "FAIL: $name: output does not match /$pattern/:" >&2
        printf '%s\n' "$out" | head -20 >&2
        failed=$((failed + 1))
        return
    fi
    passed=$((passed + 1))
}

