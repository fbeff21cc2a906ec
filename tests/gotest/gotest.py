#!/usr/bin/env python3
"""Runs Go 1.23's own `// run` test programs on gojit and counts the passes.

Called by run.sh (which finds the test tree and builds gojit); see README.md.

Selection, per DIR (top level only, `*.go`):
  * the directive is the first non-blank line of the file that is not a build
    constraint (`//go:build`, `// +build`); it must be exactly `// run`
    (`// run ARGS...`, `// runoutput`, `// rundir`, `// errorcheck`... are
    skipped, as are files without a directive);
  * the build constraint (`//go:build` before `package`) must hold on
    linux/amd64 with the gc toolchain and without cgo; files whose constraint
    holds only with cgo are counted as "need cgo";
  * every import must be one of ALLOWED_IMPORTS, else the file is counted as
    "needs packages" and not run.

Verdict, per engine (`gojit run --engine E FILE`, TIMEOUT seconds, 4 GiB
resident):
  PASS     exit 0 and, when NAME.out exists, stdout equal to it (or, as Go's
           own runner compares, stdout and stderr together); without NAME.out
           exit 0 is enough: `// run` programs check themselves.
  COMPILE  exit 1 and stderr starting with a diagnostic (`file:line:col: ...`
           or `gojit: jit: ...`): gojit refused the program.
  FAIL     anything else, split into
    CRASH  a gojit bug: Rust `panicked at`, killed by a signal, or an exit
           status other than 0, 1, 2;
    WRONG  compiled, but printed or exited differently (Go panic, wrong
           output, exit 1 without a diagnostic, timeout).
"""

import argparse
import collections
import concurrent.futures
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time

DEFAULT_DIRS = [".", "ken", "chan", "interface", "typeparam", "fixedbugs"]
ALLOWED_IMPORTS = {"fmt", "os", "strings", "strconv", "errors", "math", "sort",
                   "unicode", "unicode/utf8", "runtime", "sync", "sync/atomic", "time",
                   "bufio", "io", "bytes", "cmp", "iter", "maps", "slices",
                   "container/heap", "container/list", "math/bits", "math/rand",
                   "math/rand/v2", "path", "path/filepath", "runtime/debug",
                   "unsafe", "log", "io/ioutil", "io/fs", "container/ring"}
# Resident memory per gojit run: keep runaways bounded. A
# watchdog kills a run past it; address space is not limited, as each
# goroutine reserves stacks it mostly never touches.
MEMORY_LIMIT = 4 << 30
WATCH_EVERY = 0.05          # seconds between two looks at a run's memory
OUTPUT_LIMIT = 64 << 20     # RLIMIT_FSIZE: bytes of stdout (and of stderr) per run
WRONG_SHOWN = 30            # WRONG lines in the summary without --list
REASONS_SHOWN = 10          # compile-error reasons in the summary

# ---------------------------------------------------------------------------
# Build constraints

# Tags that hold for `go run` on linux/amd64 with gc, Go 1.23 defaults.
TRUE_TAGS = {"linux", "amd64", "unix", "gc", "goexperiment.regabiargs",
             "goexperiment.regabiwrappers"} | {f"go1.{n}" for n in range(1, 24)}


def eval_go_build(expr, tags):
    """Evaluates a `//go:build` expression (!, &&, ||, parentheses)."""
    toks = re.findall(r"\(|\)|!|&&|\|\||[A-Za-z0-9_.]+", expr)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def or_expr():
        v = and_expr()
        while peek() == "||":
            take()
            v = and_expr() or v
        return v

    def and_expr():
        v = not_expr()
        while peek() == "&&":
            take()
            v = not_expr() and v
        return v

    def not_expr():
        if peek() == "!":
            take()
            return not not_expr()
        if peek() == "(":
            take()
            v = or_expr()
            take()  # ")"
            return v
        return take() in tags

    return or_expr()


def build_verdict(header):
    """None if the file builds on linux/amd64 without cgo, else a skip reason."""
    lines = [l[len("//go:build"):] for l in header if l.startswith("//go:build")]
    if not lines:
        return None
    if all(eval_go_build(e, TRUE_TAGS) for e in lines):
        return None
    if all(eval_go_build(e, TRUE_TAGS | {"cgo"}) for e in lines):
        return "needs cgo"
    return "excluded by build constraint"


# ---------------------------------------------------------------------------
# Selection

def imports_of(src):
    """Import paths of a Go file (import declarations before the first func/var/type/const)."""
    paths = []
    in_block = False
    for line in src.splitlines():
        code = line.split("//", 1)[0].strip()
        if in_block:
            if code.startswith(")"):
                in_block = False
            paths += re.findall(r'"([^"]+)"', code)
            continue
        if re.match(r"(func|var|type|const)\b", code):
            break
        m = re.match(r"import\s*(\()?(.*)", code)
        if m:
            paths += re.findall(r'"([^"]+)"', m.group(2))
            in_block = m.group(1) is not None and ")" not in m.group(2)
    return paths


def classify_file(path, directive_re=r"//\s*run"):
    """('run', None) for a program to take (its directive matching
    directive_re: `// run` by default), else (skip category, detail)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            src = f.read()
    except OSError as e:
        return "unreadable", str(e)
    lines = src.splitlines()
    header = []
    for l in lines:
        if re.match(r"package\s", l):
            break
        header.append(l.strip())
    directive = next((l for l in header
                      if l and not l.startswith("//go:build") and not l.startswith("// +build")), "")
    if not re.fullmatch(directive_re, directive):
        return "other directive", directive
    why = build_verdict(header)
    if why:
        return why, None
    missing = sorted({p for p in imports_of(src) if p not in ALLOWED_IMPORTS})
    if missing:
        return "needs packages", missing
    return "run", None


def select(root, targets, directive_re=r"//\s*run"):
    """Returns (programs to take, {skip category: [(file, detail)]})."""
    files = []
    for t in targets:
        p = t if os.path.isabs(t) else os.path.join(root, t)
        if os.path.isdir(p):
            files += sorted(os.path.join(p, n) for n in os.listdir(p)
                            if n.endswith(".go") and os.path.isfile(os.path.join(p, n)))
        elif os.path.isfile(p):
            files.append(p)
        else:
            print(f"gotest: no such file or directory: {p}", file=sys.stderr)
    run, skipped = [], collections.defaultdict(list)
    for f in files:
        cat, detail = classify_file(f, directive_re)
        if cat == "run":
            run.append(os.path.normpath(f))
        else:
            skipped[cat].append((f, detail))
    return run, skipped


# ---------------------------------------------------------------------------
# Running and judging

DIAG = re.compile(r"^\S+\.go:\d+:\d+: ")


def limit_resources():
    resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_LIMIT, OUTPUT_LIMIT))


def resident_bytes(pid):
    """The resident set of process pid, or 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def wait_watched(p, timeout):
    """Waits for p; kills it past timeout (returns None) or past
    MEMORY_LIMIT resident (as the kernel's OOM killer would: SIGKILL)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return p.wait(timeout=WATCH_EVERY)
        except subprocess.TimeoutExpired:
            pass
        if resident_bytes(p.pid) > MEMORY_LIMIT:
            os.killpg(p.pid, signal.SIGKILL)
            return p.wait()
        if time.monotonic() > deadline:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            return None


def execute(gojit, engine, path, timeout, merge):
    """Runs gojit once: (exit status or None on timeout, stdout, stderr).

    Output goes to temporary files limited to OUTPUT_LIMIT bytes (a runaway
    program dies of SIGXFSZ instead of filling memory)."""
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        p = subprocess.Popen([gojit, "run", "--engine", engine, path], cwd=os.path.dirname(path),
                             stdin=subprocess.DEVNULL, stdout=out_f,
                             stderr=subprocess.STDOUT if merge else err_f,
                             start_new_session=True, preexec_fn=limit_resources)
        code = wait_watched(p, timeout)
        out_f.seek(0)
        err_f.seek(0)
        return code, out_f.read(), err_f.read()


def first_line(b):
    for l in b.decode("utf-8", "replace").splitlines():
        if l.strip():
            return l.strip()
    return ""


def line_with(b, pattern):
    """The first line of b matching pattern (regex), plus the next line when the match ends with ':'."""
    lines = b.decode("utf-8", "replace").splitlines()
    for i, l in enumerate(lines):
        if re.search(pattern, l):
            l = l.strip()
            if l.endswith(":") and i + 1 < len(lines):
                l += " " + lines[i + 1].strip()
            return l
    return None


def output_diff(got, want):
    """A short description of the first difference between two outputs."""
    g, w = got.decode("utf-8", "replace").split("\n"), want.decode("utf-8", "replace").split("\n")
    for i in range(max(len(g), len(w))):
        gl = g[i] if i < len(g) else "<end>"
        wl = w[i] if i < len(w) else "<end>"
        if gl != wl:
            return f"output differs at line {i + 1}: got {gl[:60]!r}, want {wl[:60]!r}"
    return "output differs"


class Result:
    """One program on one engine."""

    def __init__(self, verdict, kind=None, detail="", diags=()):
        self.verdict = verdict   # PASS, COMPILE or FAIL
        self.kind = kind         # for FAIL: CRASH or WRONG
        self.detail = detail     # one line: the diagnostic, crash or difference
        self.diags = list(diags)  # for COMPILE: every diagnostic's first line


def diagnostics(err):
    """First lines of the diagnostics in gojit's stderr, file:line:col stripped."""
    return [DIAG.sub("", l) for l in err.decode("utf-8", "replace").splitlines() if DIAG.match(l)]


def with_output(why, out, err):
    """why, plus the program's first line of output (self-checks print what
    failed, with fmt to stdout or with println to stderr)."""
    line = first_line(out)
    if not line:
        before_panic = re.split(rb"^(?:panic: |fatal error: )", err, maxsplit=1, flags=re.M)[0]
        line = first_line(before_panic)
    return f"{why} | output: {line.strip()[:80]!r}" if line else why


def judge(gojit, engine, path, timeout):
    """Runs one program on one engine and judges it."""
    code, out, err = execute(gojit, engine, path, timeout, merge=False)
    if code is None:
        return Result("FAIL", "WRONG", with_output(f"timed out after {timeout:g} s", out, err))
    if b"panicked at" in err:
        # Rust's thread id ("thread 'go' (1234) panicked") changes every run.
        return Result("FAIL", "CRASH", re.sub(r" \(\d+\) panicked", " panicked", line_with(err, "panicked at")))
    if code == -signal.SIGXFSZ:
        return Result("FAIL", "WRONG", with_output(f"more than {OUTPUT_LIMIT >> 20} MiB of output", out, err))
    if code < 0:
        sig = signal.Signals(-code).name if -code in signal.valid_signals() else -code
        return Result("FAIL", "CRASH", f"killed by {sig}" + (f": {first_line(err)}" if err.strip() else ""))
    if code not in (0, 1, 2):
        return Result("FAIL", "CRASH", f"exit status {code}" + (f": {first_line(err)}" if err.strip() else ""))
    if code == 1 and (DIAG.match(first_line(err)) or first_line(err).startswith("gojit: jit:")):
        diags = diagnostics(err) or [first_line(err)]
        return Result("COMPILE", None, diags[0], diags)
    if code == 0:
        golden = path[:-3] + ".out"
        if not os.path.exists(golden):
            return Result("PASS")
        with open(golden, "rb") as f:
            want = f.read()
        if out == want:
            return Result("PASS")
        if err:
            # Go's runner compares stdout and stderr together (println goes to stderr).
            code2, merged, _ = execute(gojit, engine, path, timeout, merge=True)
            if code2 == 0 and merged == want:
                return Result("PASS")
            return Result("FAIL", "WRONG", output_diff(merged, want) + " (stdout+stderr)")
        return Result("FAIL", "WRONG", output_diff(out, want))
    # exit 1 without a diagnostic, or exit 2 (a Go panic or fatal error).
    why = line_with(err, r"^(panic: |fatal error: )") or first_line(err)
    return Result("FAIL", "WRONG", with_output(f"exit {code}: {why}", out, err))


def unsupported(diags):
    """The first diagnostic where gojit says what it lacks, types folded to their kind
    (`the type chan int` -> `the type chan ...`); None if every diagnostic is Go-worded."""
    for d in diags:
        if "gojit" in d:
            m = re.match(r"(gojit does not support the type )(chan|map|struct|interface|func|\*|\[\]|\[[^\]]*\])", d)
            if m:
                kind = "[N]" if m.group(2).startswith("[") and m.group(2) != "[]" else m.group(2)
                return f"{m.group(1)}{kind} ... yet"
            return d
    return None


def histogram(title, reasons):
    if reasons:
        print(f"  {title}:")
        for r, n in collections.Counter(reasons).most_common(REASONS_SHOWN):
            print(f"  {n:5}  {r}")


# ---------------------------------------------------------------------------
# Main

def main():
    ap = argparse.ArgumentParser(prog="tests/gotest/run.sh",
                                 description="Count Go 1.23 `// run` test programs gojit passes.")
    ap.add_argument("--gojit", required=True, help=argparse.SUPPRESS)
    ap.add_argument("--root", required=True, help=argparse.SUPPRESS)
    ap.add_argument("--engine", choices=["interp", "jit", "both"], default="both")
    ap.add_argument("--list", action="store_true", help="one line per program; every WRONG and REJECT")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="programs run at once (2)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per run (10)")
    ap.add_argument("dirs", nargs="*", metavar="DIR", help="test dirs or files (default: "
                    + " ".join(DEFAULT_DIRS) + ")")
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    # The suite's Go tree, which a binary built with that Go reports as
    # runtime.GOROOT(); gojit reads it from the environment, as Go does.
    os.environ.setdefault("GOROOT", os.path.dirname(root))
    engines = ["interp", "jit"] if a.engine == "both" else [a.engine]
    dirs = a.dirs or DEFAULT_DIRS
    programs, skipped = select(root, dirs)

    def rel(p):
        return os.path.relpath(p, root) if p.startswith(root + os.sep) else p

    need = skipped.get("needs packages", [])
    excluded = len(skipped.get("needs cgo", [])) + len(skipped.get("excluded by build constraint", []))
    print(f"gotest: {len(programs)} `// run` programs in {root} ({' '.join(dirs)}); "
          f"skipped: {len(need)} need packages, {excluded} excluded by build constraints")
    if need:
        pkgs = collections.Counter(p for _, ps in need for p in ps)
        print("  packages most needed: " + ", ".join(f"{p} {n}" for p, n in pkgs.most_common(8)))

    results = {}  # (engine, path) -> Result
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        futs = {pool.submit(judge, a.gojit, e, p, a.timeout): (e, p) for e in engines for p in programs}
        for f in concurrent.futures.as_completed(futs):
            results[futs[f]] = f.result()

    if a.list:
        for e in engines:
            for p in programs:
                r = results[(e, p)]
                print(f"{r.kind or r.verdict:<8}{e:<7} {rel(p)}" + (f": {r.detail}" if r.detail else ""))

    # Per engine: the counts, then why programs were not compiled. The first
    # diagnostic is often a follow-on error ("declared and not used: x" when
    # x's use is in unsupported code), so the second histogram takes the
    # first diagnostic in which gojit names what it lacks.
    shown = None
    for e in engines:
        rs = [results[(e, p)] for p in programs]
        counts = collections.Counter(r.verdict for r in rs)
        print(f"engine {e}: {counts['PASS']} passed, {counts['COMPILE']} not compiled (unsupported), "
              f"{counts['FAIL']} failed, of {len(programs)} programs "
              f"({len(need)} more skipped: need packages)")
        refused = [r for r in rs if r.verdict == "COMPILE"]
        hists = ([r.detail for r in refused], [unsupported(r.diags) or r.detail for r in refused])
        if hists == shown:
            print("  compile errors: as above")
            continue
        shown = hists
        histogram("top compile errors (first diagnostic)", hists[0])
        histogram("top unsupported features (first diagnostic naming one)", hists[1])

    # The findings, each program once per distinct detail, with its engines:
    # CRASH and WRONG failures, and REJECT: programs refused with Go-worded
    # errors only (every `// run` program is valid Go, so either gojit's
    # checker is wrong or a missing feature lacks a "gojit does not support").
    findings = collections.OrderedDict((k, collections.OrderedDict()) for k in ("CRASH", "WRONG", "REJECT"))
    for p in programs:
        for e in engines:
            r = results[(e, p)]
            kind = r.kind or ("REJECT" if r.verdict == "COMPILE" and unsupported(r.diags) is None else None)
            if kind:
                findings[kind].setdefault((p, r.detail), []).append(e)
    notes = {"CRASH": "gojit bugs: Rust panic, signal, or exit status not 0/1/2",
             "WRONG": "compiled, but printed or exited unlike Go",
             "REJECT": "valid Go refused with Go-worded errors only: checker bugs, or a missing feature without a 'gojit does not support' message"}
    for kind, found in findings.items():
        if not found:
            continue
        print(f"{kind}: {len({p for p, _ in found})} programs ({notes[kind]})")
        for i, ((p, detail), es) in enumerate(found.items()):
            if kind != "CRASH" and not a.list and i == WRONG_SHOWN:
                print(f"... {len(found) - WRONG_SHOWN} more (--list shows all)")
                break
            print(f"{kind} {rel(p)}: {detail}  [{' '.join(es)}]")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
