//! Compile-error goldens: programs that must not compile (`tests/errors/`,
//! one folder per kind: `syntax/`, `types/`, ...), each `NAME.go` beside
//! `NAME.errors`, the diagnostic lines `go build` printed for it (recorded
//! by `tests/errors/golden.sh`). `gojit check NAME.go`, run in the file's
//! folder, must exit with status 1 and print exactly those lines.
//!
//! gojit prints each error as a miette report whose first line is Go's
//! `./NAME.go:LINE:COL: message` when standard error is not a terminal
//! (`repl/src/report.rs`), followed by a source snippet. [`go_lines`] keeps
//! the Go lines (and their tab-indented continuation lines) and drops the
//! snippets.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::Summary;

/// A program with its expected compile errors.
#[derive(Clone, Debug)]
pub struct ErrorCase {
    pub go: PathBuf,
    /// The content of `NAME.errors`.
    pub want: String,
}

/// Every `NAME.go` under `paths` (files or folders, recursively) that has a
/// `NAME.errors` golden, sorted by path.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<ErrorCase>, String> {
    let mut files = Vec::new();
    for p in paths {
        crate::collect(p, &mut files).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    files.sort();
    let mut cases = Vec::new();
    for go in files {
        let golden = go.with_extension("errors");
        match std::fs::read_to_string(&golden) {
            Ok(want) => cases.push(ErrorCase { go, want }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("{}: {e}", golden.display())),
        }
    }
    Ok(cases)
}

/// Whether `line` starts like Go's `path.go:LINE:COL: ` (or `path.go:LINE: `).
fn is_go_line(line: &str) -> bool {
    let Some(at) = line.find(".go:") else {
        return false;
    };
    if line[..at].contains(' ') {
        return false;
    }
    let mut parts = line[at + 4..].splitn(3, ':');
    let num =
        |s: Option<&str>| s.is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    // `file:line: message` after a line directive without a column.
    num(parts.next())
        && match (parts.next(), parts.next()) {
            (Some(col), rest) if num(Some(col)) => rest.is_some_and(|r| r.starts_with(' ')),
            (Some(message), _) => message.starts_with(' '),
            (None, _) => false,
        }
}

/// The diagnostic lines of gojit's standard error as `go build` prints
/// them: each `file:line:col: message` line with the tab-indented lines
/// that continue it. A terminal-style `×` prefix is removed.
pub fn go_lines(stderr: &str) -> String {
    let mut out = String::new();
    let mut in_message = false;
    for line in stderr.lines() {
        let line = line.trim_start_matches([' ', '×']).trim_end_matches('\r');
        if is_go_line(line) {
            in_message = true;
        } else if !(in_message && line.starts_with('\t')) {
            in_message = false;
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Runs `gojit check NAME.go` and `gojit run NAME.go` in the case's
/// folder and compares: both refuse the program with exactly Go's lines.
pub fn check(gojit: &Path, case: &ErrorCase) -> Result<(), String> {
    // A bare file name's parent is the empty path.
    let dir = case
        .go
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = case.go.file_name().ok_or("no file name")?;
    let mut diffs = Vec::new();
    for command in ["check", "run"] {
        let out = Command::new(gojit)
            .arg(command)
            .arg(name)
            .current_dir(dir)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot start {}: {e}", gojit.display()))?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        let got = go_lines(&stderr);
        if out.status.code() != Some(1) {
            diffs.push(format!(
                "gojit {command}: exit status {} (want 1)",
                out.status
            ));
        }
        if got != case.want {
            diffs.push(format!(
                "gojit {command}: errors differ:\n--- want\n{}--- got\n{}",
                case.want, got
            ));
        }
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(diffs.join("\n"))
    }
}

/// Checks every case (two at a time).
pub fn run_all(gojit: &Path, cases: &[ErrorCase]) -> Summary {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(case) = cases.get(i) else { break };
                    let r = check(gojit, case);
                    results.lock().expect("no panics while held").push((i, r));
                }
            });
        }
    });
    let mut results = results.into_inner().expect("threads joined");
    results.sort_by_key(|(i, _)| *i);
    let mut summary = Summary::default();
    for (i, r) in results {
        match r {
            Ok(()) => summary.passed += 1,
            Err(why) => summary
                .failures
                .push(format!("FAIL {}: {why}", cases[i].go.display())),
        }
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_go_lines_and_continuations_only() {
        let stderr = "./a.go:4:17: syntax error: unexpected newline\n   ╭─[./a.go:4:17]\n 4 │ x := 1\n   ╰────\n./a.go:9:2: cannot use x\n\thave int\n\twant string\n 9 │ \tx\n  × ./b.go:1:1: other\n";
        assert_eq!(
            go_lines(stderr),
            "./a.go:4:17: syntax error: unexpected newline\n./a.go:9:2: cannot use x\n\thave int\n\twant string\n./b.go:1:1: other\n"
        );
    }

    #[test]
    fn recognizes_go_lines() {
        assert!(is_go_line("./x.go:1:2: msg"));
        assert!(is_go_line("x.go:10:20: msg"));
        assert!(!is_go_line(" 3 │ x.go:1:2: in a snippet"));
        // After a line directive without a column.
        assert!(is_go_line("./x.go:1: msg"));
        assert!(!is_go_line("./x.go:1:msg"));
        assert!(!is_go_line("gojit: open x.go: no such file"));
    }
}
