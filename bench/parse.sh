#!/usr/bin/env bash
# bench/parse.sh [SRC]  — parse speed of `gojit parse` against `gofmt -l`.
#
# Builds gojit (cargo build --release) and times, in the same run,
#   gojit parse SRC     (every .go file outside testdata folders)
#   gofmt -l SRC        (every .go file; gofmt parses and prints each one)
# RUNS times each (default 3), keeping the best wall-clock time, and prints
# files, seconds and files/second for each and the ratio of the two rates.
# SRC defaults to Go 1.23's standard library, /usr/share/go-1.23/src.
#
# Environment: RUNS (3), GOJIT (use this gojit binary and skip the cargo
# build), CARGO_TARGET_DIR, GOFMT (the gofmt binary).
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
SRC=${1:-/usr/share/go-1.23/src}
RUNS=${RUNS:-3}
GOFMT=${GOFMT:-/usr/lib/go-1.23/bin/gofmt}
[ -d "$SRC" ] || { echo "no Go source tree at $SRC" >&2; exit 2; }
[ -x "$GOFMT" ] || { echo "no gofmt at $GOFMT" >&2; exit 2; }

if [ -n "${GOJIT:-}" ]; then
  gojit=$GOJIT
else
  target_dir=${CARGO_TARGET_DIR:-$root/target}
  case "$target_dir" in /*) ;; *) target_dir="$root/$target_dir" ;; esac
  (cd "$root" && cargo build --release -p gojit -j 2 >&2) || { echo "cargo build failed" >&2; exit 2; }
  gojit=$target_dir/release/gojit
fi

# best_time CMD... — best wall-clock seconds of RUNS runs (output discarded).
best_time() {
  local best="" t0 t1 t
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s.%N)
    t=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  printf '%.3f' "$best"
}

summary=$("$gojit" parse "$SRC" 2>/dev/null | tail -n 1)
gojit_files=${summary%% files*}
gofmt_files=$(find "$SRC" -name '*.go' -type f | wc -l)
echo "gojit parse: $summary" >&2

t_gojit=$(best_time "$gojit" parse "$SRC")
t_gofmt=$(best_time "$GOFMT" -l "$SRC")
r_gojit=$(echo "$gojit_files / $t_gojit" | bc -l)
r_gofmt=$(echo "$gofmt_files / $t_gofmt" | bc -l)

printf '| tool | files | best s | files/s |\n| --- | ---: | ---: | ---: |\n'
printf '| gojit parse | %d | %s | %.0f |\n' "$gojit_files" "$t_gojit" "$r_gojit"
printf '| gofmt -l | %d | %s | %.0f |\n' "$gofmt_files" "$t_gofmt" "$r_gofmt"
printf '\ngojit parses %.2fx as many files per second as gofmt -l\n' "$(echo "$r_gojit / $r_gofmt" | bc -l)"
