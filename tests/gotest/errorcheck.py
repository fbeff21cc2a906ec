#!/usr/bin/env python3
"""Counts how many `// ERROR "regexp"` annotations of Go 1.23's own
`// errorcheck` test programs gojit's checker matches.

Called by run.sh --errorcheck; see README.md. The programs are chosen as
gotest.py chooses `// run` ones (build constraints, imports gojit provides),
with the directive exactly `// errorcheck` (files with flags check the
optimizer, not the language). Each is given to `gojit check`, and judged as
Go's own test runner judges it: every quoted regexp after `// ERROR` on a
line must match an error gojit reports on that line (all the errors on the
line that one regexp matches are consumed by it; `LINE` in a regexp stands
for the file and the line's number), and an error no annotation matches is
unmatched. Files are checked with -e: every error, as Go's harness runs the
compiler.
"""

import argparse
import collections
import concurrent.futures
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gotest  # noqa: E402

DIAG = re.compile(r"^(?:\./)?(\S+?\.go):(\d+):(?:\d+:)? (.*)$")
ANNOT = re.compile(r"//\s*(?:GC_)?ERROR\s+(.*)$")
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`')


def wants_of(src, name):
    """[(line, regexp text)] of the `// ERROR` annotations of file `name`.
    `LINE` stands for the file and line, as Go's harness has it; gojit names
    a file given relative to the directory `./name`, as `go build` does."""
    wants = []
    # Lines end at "\n" only, as for Go's harness (splitlines would also
    # split at \v and \f, which a test may hold).
    for n, line in enumerate(src.split("\n"), 1):
        m = ANNOT.search(line)
        if not m:
            continue
        for q in QUOTED.finditer(m.group(1)):
            # The text between the quotes is the regexp, escapes and all, as
            # Go's harness takes it: `'\\\\'` matches the two characters `\\`.
            text = q.group(1) if q.group(1) is not None else q.group(2)
            text = re.sub(r"LINE([+-]\d+)?",
                          lambda x: f"./{name}:{n + int(x.group(1) or 0)}", text)
            wants.append((n, text))
    return wants


def errors_of(stderr, name):
    """{line: [message]} of gojit's diagnostics for file `name`
    (continuation lines joined to the message they follow)."""
    errs = collections.defaultdict(list)
    last = None
    for line in stderr.splitlines():
        if line.startswith("\t") and last is not None:
            errs[last][-1] += "\n" + line
            continue
        m = DIAG.match(line)
        if m and os.path.basename(m.group(1)) == name:
            last = int(m.group(2))
            errs[last].append(m.group(3))
        else:
            last = None
    return errs


def judge(gojit, path, timeout):
    """(annotations, matched, missing, unmatched errors, crashed) for one file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        wants = wants_of(f.read(), os.path.basename(path))
    try:
        # -e: every error, as Go's errorcheck runs the compiler.
        p = subprocess.run([gojit, "check", "-e", os.path.basename(path)], cwd=os.path.dirname(path),
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return len(wants), 0, len(wants), 0, True
    err = p.stderr.decode("utf-8", "replace")
    crashed = p.returncode not in (0, 1) or "panicked at" in err
    errs = errors_of(err, os.path.basename(path))
    matched = 0
    for line, text in wants:
        try:
            rx = re.compile(text)
        except re.error:
            continue
        here = errs.get(line, [])
        hit = [e for e in here if rx.search(e)]
        if hit:
            matched += 1
            errs[line] = [e for e in here if e not in hit]
    unmatched = sum(len(v) for v in errs.values())
    return len(wants), matched, len(wants) - matched, unmatched, crashed


def main():
    ap = argparse.ArgumentParser(prog="tests/gotest/run.sh --errorcheck",
                                 description="Count the `// ERROR` annotations of Go 1.23's "
                                             "errorcheck tests that gojit matches.")
    ap.add_argument("--gojit", required=True, help=argparse.SUPPRESS)
    ap.add_argument("--root", required=True, help=argparse.SUPPRESS)
    ap.add_argument("--list", action="store_true", help="one line per file")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="files checked at once (2)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per file (10)")
    ap.add_argument("dirs", nargs="*", metavar="DIR",
                    help="test dirs or files (default: " + " ".join(gotest.DEFAULT_DIRS) + ")")
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    dirs = a.dirs or gotest.DEFAULT_DIRS
    files, skipped = gotest.select(root, dirs, r"//\s*errorcheck")
    need = skipped.get("needs packages", [])
    print(f"errorcheck: {len(files)} `// errorcheck` programs in {root} ({' '.join(dirs)}); "
          f"skipped: {len(need)} need packages")
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        results = dict(zip(files, pool.map(lambda f: judge(a.gojit, f, a.timeout), files)))
    total = matched = clean = unmatched = 0
    crashes = []
    for f in files:
        n, m, miss, extra, crashed = results[f]
        total += n
        matched += m
        unmatched += extra
        clean += miss == 0 and extra == 0 and not crashed
        if crashed:
            crashes.append(f)
        if a.list:
            print(f"{'PASS' if miss == 0 and extra == 0 else 'FAIL':<5} {os.path.relpath(f, root)}: "
                  f"{m}/{n} matched, {extra} unmatched errors")
    pct = 100.0 * matched / total if total else 0.0
    print(f"annotations matched: {matched} of {total} ({pct:.1f}%); "
          f"files with every annotation matched and no other error: {clean} of {len(files)}; "
          f"errors no annotation matches: {unmatched}")
    for f in crashes:
        print(f"CRASH {os.path.relpath(f, root)}")


if __name__ == "__main__":
    main()
