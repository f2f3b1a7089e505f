#!/usr/bin/env bash
# Regenerates tests/unit/data/eventloop/*.expected from real Deno 2.9.6 (never by hand):
# merged stdout+stderr with process ids and stack-frame runs normalised, then the exit code on
# the last line as "[exit N]". A case is written only if 5 runs agree.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
deno="$root/.deps/deno/bin/deno"
dir="$root/tests/unit/data/eventloop"
normalise() {
    sed -E -e "s#$1#\$DIR#g" -e 's/\((node|deno):[0-9]+\)/(\1:PID)/g' |
        awk '/^ +at / { if (!inframes) print "    at …"; inframes=1; next } { inframes=0; print }'
}
for script in "$dir"/*.js; do
    name=$(basename "$script" .js)
    tmp=$(mktemp -d)
    cp "$script" "$tmp/$name.js"
    first=""
    stable=1
    for i in 1 2 3 4 5; do
        set +e
        out=$(cd "$tmp" && NO_COLOR=1 DENO_DIR="$tmp/.deno" "$deno" run -A --no-config --quiet "$name.js" 2>&1 </dev/null)
        code=$?
        set -e
        text="$(printf '%s\n' "$out" | normalise "$tmp")
[exit $code]"
        if [ -z "$first" ]; then first=$text; elif [ "$text" != "$first" ]; then stable=0; fi
    done
    rm -rf "$tmp"
    if [ $stable = 1 ]; then
        printf '%s\n' "$first" >"$dir/$name.expected"
    else
        echo "unstable under Deno, not written: $name" >&2
    fi
done
