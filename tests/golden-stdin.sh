#!/usr/bin/env bash
# golden-stdin.sh FILE.go...  — record what real Go does with a program that
# reads standard input: like ../../shared/tools/go-golden.sh (which feeds
# /dev/null), but with FILE.stdin as the program's input. Writes FILE.stdout
# (always), FILE.stderr (up to the goroutine trace, when not empty) and
# FILE.exit (when not 0) beside it.
set -u
GO=${GO:-/usr/lib/go-1.23/bin/go}
[ -x "$GO" ] || { echo "no Go at $GO" >&2; exit 2; }
export GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local GO111MODULE=on GOTRACEBACK=single
export GOCACHE=${GOCACHE:-/tmp/go-golden-cache}
for f in "$@"; do
  dir=$(cd "$(dirname "$f")" && pwd); name=$(basename "$f"); base=$dir/${name%.go}
  [ -f "$base.stdin" ] || { echo "skip $f no $base.stdin"; continue; }
  rm -f "$base.stdout" "$base.stderr" "$base.exit"
  tmp=$(mktemp -d)
  (cd "$dir" && "$GO" build -o "$tmp/prog" "./$name") || { echo "skip $f build-failed"; rm -rf "$tmp"; continue; }
  (cd "$dir" && timeout 20 "$tmp/prog" <"$base.stdin" >"$base.stdout" 2>"$tmp/err"); code=$?
  awk '/^goroutine [0-9]+ \[/ { exit } /^\[signal / { next } { print }' "$tmp/err" >"$tmp/e"
  [ -s "$tmp/e" ] && cp "$tmp/e" "$base.stderr"
  [ $code -ne 0 ] && echo $code >"$base.exit"
  echo "ok $f $code"
  rm -rf "$tmp"
done
