#!/usr/bin/env bash
# bench/repl.sh — how fast the REPL answers: start-up, and one simple line.
#
# Builds gojit (cargo build --release) unless GOJIT names a binary. Then:
# - start-up: `gojit repl` reading `:quit` from a pipe, RUNS times (best and
#   mean wall-clock time of the whole process);
# - one line: a session of N inputs (`x + 2`, `strings.ToUpper("go")`,
#   `f(x)`, ...) after a few declarations, minus the start-up; per line,
#   on the interpreter and on the JIT (which recompiles the session's
#   program for every input);
# - one line in a big session: the same after 300 function declarations
#   and 300 variables.
# Prints a table; bench/RESULTS.md keeps one. Environment: RUNS (20), N
# (1000), GOJIT, CARGO_TARGET_DIR.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
RUNS=${RUNS:-20}
N=${N:-1000}
if [ -n "${GOJIT:-}" ]; then
  gojit=$GOJIT
else
  target_dir=${CARGO_TARGET_DIR:-$root/target}
  (cd "$root" && cargo build --release -p gojit >&2)
  gojit=$target_dir/release/gojit
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s%N; }

# Wall-clock nanoseconds of `gojit repl ARGS < FILE`, best and mean of RUNS.
time_session() {
  local file=$1; shift
  local best=0 sum=0 i t0 t
  for ((i = 0; i < RUNS; i++)); do
    t0=$(now)
    "$gojit" repl "$@" < "$file" > /dev/null 2>&1
    t=$(($(now) - t0))
    sum=$((sum + t))
    if ((best == 0 || t < best)); then best=$t; fi
  done
  echo "$best $((sum / RUNS))"
}

echo ':quit' > "$tmp/quit.txt"

{
  echo 'x := 40'
  echo 'func f(n int) int { return n*n + 1 }'
  echo 'type P struct{ X, Y int }'
  for ((i = 0; i < N / 4; i++)); do
    echo 'x + 2'
    echo 'strings.ToUpper("go")'
    echo 'f(x)'
    echo 'P{1, 2}'
  done
} > "$tmp/lines.txt"
lines=$(( (N / 4) * 4 + 3 ))

{
  for ((i = 0; i < 300; i++)); do
    echo "func g$i(n int) int { return n + $i }"
    echo "v$i := g$i($i)"
  done
} > "$tmp/decls.txt"
cat "$tmp/decls.txt" "$tmp/lines.txt" > "$tmp/big.txt"

ms() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e6 }'; }
us_per() { awk -v ns="$1" -v n="$2" 'BEGIN { printf "%.1f", ns / n / 1e3 }'; }

read -r start_best start_mean < <(time_session "$tmp/quit.txt")
echo "| what | best | mean |"
echo "| --- | ---: | ---: |"
echo "| start-up (\`echo :quit \| gojit repl\`), ms | $(ms "$start_best") | $(ms "$start_mean") |"
for engine in interp jit; do
  read -r b m < <(time_session "$tmp/lines.txt" --engine "$engine")
  echo "| one line, $engine, µs ($lines lines, start-up subtracted) | $(us_per $((b - start_best)) "$lines") | $(us_per $((m - start_mean)) "$lines") |"
done
read -r db dm < <(time_session "$tmp/decls.txt")
read -r b m < <(time_session "$tmp/big.txt")
echo "| one line after 600 declarations, interp, µs | $(us_per $((b - db)) "$lines") | $(us_per $((m - dm)) "$lines") |"
