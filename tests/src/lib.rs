//! The conformance harness: runs Go programs on every engine of `gojit` and
//! holds each run to the goldens real Go 1.23 recorded beside the program
//! (`NAME.stdout`, `NAME.stderr` up to the goroutine trace, `NAME.exit`;
//! see `shared/tools/go-golden.sh`) and to the other engines' output.
//! [`errors`] does the same for programs that must not compile.

pub mod errors;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The engines every program runs on.
pub const ENGINES: &[&str] = &["interp", "jit"];

/// How long one program may run.
const TIMEOUT: Duration = Duration::from_secs(30);

/// A Go program with its goldens.
#[derive(Clone, Debug)]
pub struct Case {
    pub go: PathBuf,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub exit: i32,
    /// `NAME.stdin`, fed to the program when present.
    pub stdin: Option<PathBuf>,
}

/// What one run printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    /// Standard error cut as the goldens are (see [`strip_stderr`]).
    pub stderr: Vec<u8>,
    pub exit: i32,
}

/// Every `NAME.go` under `paths` (files or folders, recursively) that has a
/// `NAME.stdout` golden, sorted by path.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<Case>, String> {
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    files.sort();
    let mut cases = Vec::new();
    for go in files {
        let golden = |ext: &str| go.with_extension(ext);
        let Ok(stdout) = std::fs::read(golden("stdout")) else {
            continue;
        };
        let stderr = std::fs::read(golden("stderr")).unwrap_or_default();
        let exit = match std::fs::read_to_string(golden("exit")) {
            Ok(s) => s
                .trim()
                .parse()
                .map_err(|_| format!("{}: bad exit golden", go.display()))?,
            Err(_) => 0,
        };
        let stdin = Some(golden("stdin")).filter(|p| p.exists());
        cases.push(Case {
            go,
            stdout,
            stderr,
            exit,
            stdin,
        });
    }
    Ok(cases)
}

fn collect(p: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if p.is_dir() {
        for entry in std::fs::read_dir(p)? {
            collect(&entry?.path(), out)?;
        }
    } else if p.extension().is_some_and(|e| e == "go") {
        out.push(p.to_path_buf());
    }
    Ok(())
}

/// Standard error as `go-golden.sh` keeps it: up to the first
/// `goroutine N [` line, without `[signal ...` lines and trailing blank lines.
pub fn strip_stderr(bytes: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes);
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines() {
        if is_goroutine_header(line) {
            break;
        }
        if line.starts_with("[signal ") {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let mut out = lines.join("\n").into_bytes();
    if !out.is_empty() {
        out.push(b'\n');
    }
    out
}

fn is_goroutine_header(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("goroutine ") else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest[digits..].starts_with(" [")
}

/// Runs `case` with `gojit run --engine ENGINE` (the binary at `gojit`),
/// with the variables `env` added to its environment.
pub fn run(
    gojit: &Path,
    case: &Case,
    engine: &str,
    env: &[(&str, &str)],
) -> Result<Outcome, String> {
    let dir = case
        .go
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = case.go.file_name().ok_or("no file name")?;
    let stdin = match &case.stdin {
        Some(p) => Stdio::from(std::fs::File::open(p).map_err(|e| e.to_string())?),
        None => Stdio::null(),
    };
    let mut child = Command::new(gojit)
        .args(["run", "--engine", engine])
        .arg(name)
        .envs(env.iter().copied())
        .current_dir(dir)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", gojit.display()))?;
    // Drain the pipes on threads so a chatty program cannot block.
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut v).map(|_| v)
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut v).map(|_| v)
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break st;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stdout = t_out
        .join()
        .map_err(|_| "reader died")?
        .map_err(|e| e.to_string())?;
    let stderr = t_err
        .join()
        .map_err(|_| "reader died")?
        .map_err(|e| e.to_string())?;
    let exit = match status.code() {
        Some(c) => c,
        None => {
            return Err(format!(
                "killed by a signal ({status}); stderr:\n{}",
                String::from_utf8_lossy(&stderr)
            ));
        }
    };
    Ok(Outcome {
        stdout,
        stderr: strip_stderr(&stderr),
        exit,
    })
}

/// Checks one run against the goldens; the error says what differs.
pub fn compare(case: &Case, got: &Outcome) -> Result<(), String> {
    let mut diffs = Vec::new();
    if got.exit != case.exit {
        diffs.push(format!("exit status {} (want {})", got.exit, case.exit));
    }
    if got.stdout != case.stdout {
        diffs.push(format!(
            "stdout differs:\n{}",
            diff(&case.stdout, &got.stdout)
        ));
    }
    if got.stderr != case.stderr {
        diffs.push(format!(
            "stderr differs:\n{}",
            diff(&case.stderr, &got.stderr)
        ));
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(diffs.join("\n"))
    }
}

/// The first differing line of two outputs, for failure reports.
fn diff(want: &[u8], got: &[u8]) -> String {
    let (w, g) = (String::from_utf8_lossy(want), String::from_utf8_lossy(got));
    let (wl, gl): (Vec<&str>, Vec<&str>) = (w.lines().collect(), g.lines().collect());
    let n = wl.iter().zip(&gl).take_while(|(a, b)| a == b).count();
    format!(
        "  line {}: want {:?}\n  line {}: got  {:?}",
        n + 1,
        wl.get(n).copied().unwrap_or("<end>"),
        n + 1,
        gl.get(n).copied().unwrap_or("<end>")
    )
}

/// The result of running a set of cases on every engine.
#[derive(Default, Debug)]
pub struct Summary {
    pub passed: usize,
    /// One entry per failed (program, engine): a description.
    pub failures: Vec<String>,
}

/// Runs every case on every engine (two at a time) and compares each run
/// with the goldens and with the first engine's output.
pub fn run_all(gojit: &Path, cases: &[Case], engines: &[&str]) -> Summary {
    run_all_with_env(gojit, cases, engines, &[])
}

/// As [`run_all`], with the variables `env` added to every run's
/// environment.
pub fn run_all_with_env(
    gojit: &Path,
    cases: &[Case],
    engines: &[&str],
    env: &[(&str, &str)],
) -> Summary {
    let jobs: Vec<(usize, &str)> = (0..cases.len())
        .flat_map(|i| engines.iter().map(move |&e| (i, e)))
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let j = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(&(i, engine)) = jobs.get(j) else {
                        break;
                    };
                    let r = run(gojit, &cases[i], engine, env);
                    results
                        .lock()
                        .expect("no panics while held")
                        .push((i, engine, r));
                }
            });
        }
    });
    let mut results = results.into_inner().expect("threads joined");
    results.sort_by_key(|&(i, e, _)| (i, engines.iter().position(|x| *x == e)));
    let mut summary = Summary::default();
    let mut first: Option<(usize, Outcome)> = None;
    for (i, engine, r) in results {
        let case = &cases[i];
        let verdict = r.and_then(|got| {
            compare(case, &got)?;
            match &first {
                Some((fi, o)) if *fi == i && *o != got => {
                    Err(format!("output differs from the {} engine", engines[0]))
                }
                Some((fi, _)) if *fi == i => Ok(()),
                _ => {
                    first = Some((i, got));
                    Ok(())
                }
            }
        });
        match verdict {
            Ok(()) => summary.passed += 1,
            Err(why) => summary
                .failures
                .push(format!("FAIL {} [{engine}]: {why}", case.go.display())),
        }
    }
    summary
}
