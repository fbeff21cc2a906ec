#!/usr/bin/env bash
# tests/gotest/run.sh [--engine interp|jit|both] [--list] [-j N] [--timeout S] [DIR|FILE...]
# tests/gotest/run.sh --errorcheck [--list] [-j N] [DIR|FILE...]
#
# A yardstick, not a gate: counts how many of Go 1.23's own self-checking
# test programs (`// run` files of /usr/share/go-1.23/test) gojit passes on
# each engine. It reads those programs in place and never copies them.
#
# Default DIRs: the top level of the test tree plus ken/ chan/ interface/
# typeparam/ fixedbugs/ (DIRs are relative to the tree or absolute; a FILE
# runs just that program). Default engine: both. Per program it prints one
# line only with --list; it always prints, per engine,
#   engine E: P passed, C not compiled (unsupported), F failed, of N programs ...
# then the top compile-error reasons, the crashes (`CRASH FILE: ...`, gojit
# bugs) and the wrong results (`WRONG FILE: ...`, at most 30 without --list).
# Selection and verdict rules are in gotest.py and README.md.
#
# Environment: GOJIT (use this gojit binary, skip the cargo build),
# CARGO_TARGET_DIR (where cargo builds gojit), GOTEST_ROOT (the test tree,
# default /usr/share/go-1.23/test).
# Exit status 0 whatever the results; 1 only if gojit cannot be built.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)   # the workspace
GOTEST_ROOT=${GOTEST_ROOT:-/usr/share/go-1.23/test}

# --- Go's test suite must be installed ----------------------------------------
if [ ! -d "$GOTEST_ROOT" ]; then
  echo "gotest: $GOTEST_ROOT is absent (Go 1.23's test suite, Debian package golang-1.23-src); skipping" >&2
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "gotest: python3 is missing; skipping" >&2
  exit 0
fi

# --- the gojit binary (not needed for --help) ----------------------------------
for a in "$@"; do
  case $a in -h|--help) exec python3 "$here/gotest.py" --gojit - --root "$GOTEST_ROOT" --help ;; esac
done
if [ -z "${GOJIT:-}" ]; then
  target=${CARGO_TARGET_DIR:-$root/target}
  echo "gotest: cargo build --release -p gojit" >&2
  if ! (cd "$root" && cargo build --release -q -p gojit >&2); then
    echo "gotest: building gojit failed" >&2
    exit 1
  fi
  GOJIT=$target/release/gojit
fi
case $GOJIT in /*) ;; *) GOJIT=$PWD/$GOJIT ;; esac

# --errorcheck: the `// errorcheck` programs' annotations instead.
script=gotest.py
if [ "${1:-}" = --errorcheck ]; then
  script=errorcheck.py
  shift
fi
exec python3 "$here/$script" --gojit "$GOJIT" --root "$GOTEST_ROOT" "$@"
