#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the build needs
# (a C compiler for capstone's disassembler; cargo fetches the crates), then
# runs every crate's tests, the conformance corpus on every engine included.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cc >/dev/null 2>&1; then
  echo "test.sh: installing a C compiler (for capstone)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc >/dev/null
fi
if ! command -v script >/dev/null 2>&1; then
  # The REPL's terminal test runs gojit on a pseudo-terminal made by script(1).
  echo "test.sh: installing util-linux's script (for the REPL's terminal test)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bsdutils >/dev/null
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "test.sh: cargo is missing: install Rust (rustup) first" >&2
  exit 1
fi
cargo test --workspace --locked -j 2
