#!/usr/bin/env bash
# bench/memory.sh [FILE.go...] — peak resident memory of gojit against real Go.
#
# For each program (default: bench/binary_trees.go and bench/alloc_churn.go)
# runs the `go build` binary and `gojit run --engine interp|jit` once each
# under GNU time, and prints the peak resident set (VmHWM, in MB) of each and
# gojit's ratio to Go.
#
# Environment: GOJIT (the gojit binary; default target/release/gojit, built
# when missing), GO (the Go binary).
set -eu

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
GO=${GO:-/usr/lib/go-1.23/bin/go}
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
if [ -z "${GOJIT:-}" ]; then
  (cd "$root" && cargo build --release >&2)
  GOJIT="${CARGO_TARGET_DIR:-$root/target}/release/gojit"
fi
[ $# -gt 0 ] || set -- "$here/binary_trees.go" "$here/alloc_churn.go"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# peak MB of a command, its output discarded
peak() { /usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null 2>&1; echo $(( $(cat "$tmp/rss") / 1024 )); }

printf '| program | go MB | interp MB | ratio | jit MB | ratio |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: |\n'
for f in "$@"; do
  f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
  name=$(basename "$f" .go)
  (cd "$tmp" && GOFLAGS=-mod=mod "$GO" build -o "$tmp/$name" "$f")
  go_mb=$(peak "$tmp/$name")
  i_mb=$(peak "$GOJIT" run --engine interp "$f")
  j_mb=$(peak "$GOJIT" run --engine jit "$f")
  awk -v n="$name" -v g="$go_mb" -v i="$i_mb" -v j="$j_mb" \
    'BEGIN { printf "| %s | %d | %d | %.1fx | %d | %.1fx |\n", n, g, i, i / g, j, j / g }'
done
