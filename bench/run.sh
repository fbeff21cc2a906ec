#!/usr/bin/env bash
# bench/run.sh [FILE.go...] — time gojit's engines against real Go.
#
# Builds gojit (cargo build --release) and, for each benchmark program
# (default: bench/*.go), a Go 1.23 binary. Runs each program as the Go binary,
# as `gojit run --engine interp FILE` and as `gojit run --engine jit FILE`,
# RUNS times each (default 3), keeps the best wall-clock time, checks that
# every engine printed exactly what the Go binary printed (stdout, stderr up
# to the goroutine trace, exit status), and prints a table of seconds and
# ratios to Go, then the geometric mean of each ratio column.
# A cell reads FAIL when gojit is missing, the engine fails, times out or
# prints something else than Go (the reason goes to stderr).
#
# Environment: RUNS (3), TIMEOUT per run in seconds (300), GOJIT (use this
# gojit binary and skip the cargo build), CARGO_TARGET_DIR, GO (the Go binary).
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null) || root=$(dirname "$here")
shared="$root/../shared"
RUNS=${RUNS:-3}
TIMEOUT=${TIMEOUT:-300}
GO=${GO:-/usr/lib/go-1.23/bin/go}

# --- the Go toolchain --------------------------------------------------------
if [ ! -x "$GO" ]; then
  if [ -x "$shared/tools/install-go.sh" ] || [ -f "$shared/tools/install-go.sh" ]; then
    echo "installing Go with $shared/tools/install-go.sh" >&2
    bash "$shared/tools/install-go.sh" >&2
  fi
fi
have_go=1
[ -x "$GO" ] || { echo "no Go toolchain at $GO" >&2; have_go=0; }

# --- gojit --------------------------------------------------------------------
if [ -n "${GOJIT:-}" ]; then
  gojit=$GOJIT
else
  target_dir=${CARGO_TARGET_DIR:-$root/target}
  case "$target_dir" in /*) ;; *) target_dir="$root/$target_dir" ;; esac
  gojit="$target_dir/release/gojit"
  echo "building gojit (cargo build --release)..." >&2
  if ! (cd "$root" && cargo build --release >&2); then
    echo "cargo build --release failed" >&2
    gojit=""
  fi
fi
if [ -n "$gojit" ] && [ ! -x "$gojit" ]; then
  echo "no gojit binary at $gojit" >&2
  gojit=""
fi

# --- helpers ----------------------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# stderr as the goldens keep it (see shared/tools/go-golden.sh)
strip_stderr() {
  awk '/^goroutine [0-9]+ \[/ { exit }
       /^\[signal / { next }
       { l[n++] = $0 }
       END { while (n > 0 && l[n-1] == "") n--; for (i = 0; i < n; i++) print l[i] }'
}

now_ns() { date +%s%N; }

# measure TAG DIR CMD... : runs CMD RUNS times in DIR; leaves TAG.out, TAG.err
# (stripped), TAG.code of the last run in $tmp and prints the best time in
# seconds, or FAIL when a run timed out or its outcome changed between runs.
measure() {
  local tag=$1 dir=$2; shift 2
  local best="" i t0 t1 code dt
  for ((i = 0; i < RUNS; i++)); do
    t0=$(now_ns)
    (cd "$dir" && GOMAXPROCS=1 timeout -k 5 "$TIMEOUT" "$@" \
        >"$tmp/$tag.out" 2>"$tmp/$tag.rawerr" </dev/null)
    code=$?
    t1=$(now_ns)
    if [ $code -eq 124 ] || [ $code -eq 137 ]; then
      echo "$tag: timed out after ${TIMEOUT}s" >&2
      echo FAIL; return
    fi
    strip_stderr <"$tmp/$tag.rawerr" >"$tmp/$tag.err"
    echo "$code" >"$tmp/$tag.code"
    if [ $i -gt 0 ] && ! cmp -s "$tmp/$tag.out" "$tmp/$tag.out0"; then
      echo "$tag: output changed between runs" >&2
      echo FAIL; return
    fi
    cp "$tmp/$tag.out" "$tmp/$tag.out0"
    dt=$(( t1 - t0 ))
    if [ -z "$best" ] || [ "$dt" -lt "$best" ]; then best=$dt; fi
  done
  awk -v ns="$best" 'BEGIN { printf "%.4f", ns / 1e9 }'
}

# same_as_go TAG: 0 when TAG printed what Go printed
same_as_go() {
  local tag=$1 what=""
  cmp -s "$tmp/go.out" "$tmp/$tag.out" || what="stdout"
  cmp -s "$tmp/go.err" "$tmp/$tag.err" || what="$what stderr"
  cmp -s "$tmp/go.code" "$tmp/$tag.code" ||
    what="$what exit($(cat "$tmp/$tag.code") vs $(cat "$tmp/go.code"))"
  [ -z "$what" ] && return 0
  echo "$tag differs from Go in:$what" >&2
  if [ -n "${what##exit*}" ]; then
    diff <(head -c 2000 "$tmp/go.out"; head -c 2000 "$tmp/go.err") \
         <(head -c 2000 "$tmp/$tag.out"; head -c 2000 "$tmp/$tag.err") | head -n 10 >&2
  fi
  return 1
}

ratio() { # ratio ENGINE_SECONDS GO_SECONDS
  case "$1$2" in *FAIL*) echo FAIL; return ;; esac
  awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.0001; printf "%.2f", a / b }'
}

# --- the runs -----------------------------------------------------------------
if [ $# -gt 0 ]; then progs=("$@"); else progs=("$here"/*.go); fi

fmt="%-22s %9s %10s %9s %10s %9s\n"
rows=()
interp_ratios=()
jit_ratios=()
for f in "${progs[@]}"; do
  [ -f "$f" ] || { echo "no such program: $f" >&2; continue; }
  f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
  name=$(basename "$f" .go)
  dir=$(dirname "$f")
  echo "running $name..." >&2
  rm -f "$tmp"/*.out "$tmp"/*.out0 "$tmp"/*.err "$tmp"/*.rawerr "$tmp"/*.code

  gos=FAIL
  if [ $have_go -eq 1 ]; then
    if (cd "$dir" && GOTOOLCHAIN=local GOFLAGS=-mod=mod GO111MODULE=on \
          "$GO" build -o "$tmp/$name.bin" "./$(basename "$f")") >"$tmp/build.log" 2>&1; then
      gos=$(measure go "$dir" "$tmp/$name.bin")
      golden="${f%.go}.stdout"
      if [ "$gos" != FAIL ] && [ -f "$golden" ] && ! cmp -s "$golden" "$tmp/go.out"; then
        echo "$name: Go's output differs from the golden $golden (regenerate it?)" >&2
      fi
    else
      echo "$name: go build failed: $(head -n 3 "$tmp/build.log")" >&2
    fi
  fi

  cells=()
  for engine in interp jit; do
    secs=FAIL
    if [ -n "$gojit" ]; then
      secs=$(measure "$engine" "$dir" "$gojit" run --engine "$engine" "$f")
      if [ "$secs" != FAIL ]; then
        if [ "$gos" = FAIL ]; then
          # no Go reference: at least insist on a clean exit
          [ "$(cat "$tmp/$engine.code")" = 0 ] || { echo "$name/$engine: exit $(cat "$tmp/$engine.code")" >&2; secs=FAIL; }
        elif ! same_as_go "$engine"; then
          secs=FAIL
        fi
      fi
    fi
    r=$(ratio "$secs" "$gos")
    cells+=("$secs" "$r")
    if [ "$r" != FAIL ]; then
      if [ "$engine" = interp ]; then interp_ratios+=("$r"); else jit_ratios+=("$r"); fi
    fi
  done
  rows+=("$(printf "$fmt" "$name" "$gos" "${cells[0]}" "${cells[1]}" "${cells[2]}" "${cells[3]}")")
done

geomean() {
  [ $# -gt 0 ] || { echo FAIL; return; }
  printf '%s\n' "$@" | awk '{ if ($1 <= 0) $1 = 0.01; s += log($1); n++ } END { printf "%.2f", exp(s / n) }'
}

echo
printf "$fmt" program "go s" "interp s" "interp/go" "jit s" "jit/go"
for r in "${rows[@]}"; do echo "$r"; done
printf "$fmt" "geomean" "" "" "$(geomean "${interp_ratios[@]}")" "" "$(geomean "${jit_ratios[@]}")"
