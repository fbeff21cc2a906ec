#!/usr/bin/env bash
# golden.sh FILE.go...  — record the compile errors real Go reports.
#
# For each FILE.go (a program that must not compile), runs `go build` with
# the reference toolchain in the file's folder and writes beside it:
#   FILE.errors  the diagnostic lines go build printed, without its
#                `# command-line-arguments` header (continuation lines that
#                start with a tab are kept: they belong to the line above)
# A stale FILE.errors is removed first. One line per file on stdout:
#   ok FILE N   (N diagnostic lines)  |   skip FILE REASON   (it compiled)
# `gojit check` must print exactly these lines (tests/src/errors.rs,
# repl/tests/compile_errors.rs).
set -u
GO=${GO:-/usr/lib/go-1.23/bin/go}
[ -x "$GO" ] || { echo "no Go at $GO: run ../shared/tools/install-go.sh" >&2; exit 2; }
export GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local GO111MODULE=on
export GOCACHE=${GOCACHE:-/tmp/go-golden-cache}
unset GOROOT GODEBUG GOEXPERIMENT

[ $# -gt 0 ] || { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
for f in "$@"; do
  base=${f%.go}; dir=$(dirname "$f"); name=$(basename "$f")
  rm -f "$base.errors"
  tmp=$(mktemp -d)
  if (cd "$dir" && "$GO" build -o "$tmp/prog" "./$name") >"$tmp/out" 2>&1; then
    echo "skip $f compiles"; rm -rf "$tmp"; continue
  fi
  grep -v '^# command-line-arguments$' "$tmp/out" >"$base.errors"
  echo "ok $f $(wc -l <"$base.errors")"
  rm -rf "$tmp"
done
