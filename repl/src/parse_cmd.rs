//! `gojit parse` (syntax only, for files and whole trees) and `gojit check`
//! (syntax and types, what `go build` would report, without running).

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use interp::diag::Diagnostic;

use crate::report;

/// Parser threads: the machines gojit is developed and benchmarked on have
/// two cores, and parsing is the only work, so two keep both busy.
const PARSE_THREADS: usize = 2;

/// `gojit parse [--dump] PATH...`: parses every `.go` file under each PATH
/// (folders recursively, skipping `testdata` folders, which hold inputs that
/// are not meant to parse), prints a report per syntax error and the line
/// `N files, M syntax errors`. Exit status 1 when M > 0 or a file could not
/// be read. `--dump` prints the tree of one file instead.
pub fn cmd_parse(args: &[String]) -> i32 {
    let mut dump = false;
    let mut paths = Vec::new();
    for a in args {
        match a.as_str() {
            "--dump" => dump = true,
            s if s.starts_with('-') && !s.ends_with(".go") => {
                return crate::usage_error(&format!("unknown flag {s}"));
            }
            s => paths.push(PathBuf::from(s)),
        }
    }
    if paths.is_empty() {
        return crate::usage_error("parse needs at least one PATH");
    }
    if dump {
        return match paths.as_slice() {
            [one] if !one.is_dir() => dump_one(one),
            _ => crate::usage_error("parse --dump takes one FILE.go"),
        };
    }
    let mut files = Vec::new();
    for p in &paths {
        if p.is_dir() {
            files.extend(grammar::files::go_files(p));
        } else {
            // A file named on the command line is parsed whatever its name.
            files.push(p.clone());
        }
    }
    let results = parse_all(&files);
    let (mut errors, mut unreadable) = (0, 0);
    for (file, r) in files.iter().zip(results) {
        match r {
            Parsed::Ok => {}
            Parsed::Unreadable(e) => {
                eprintln!("gojit: open {}: {e}", file.display());
                unreadable += 1;
            }
            Parsed::Errors(src, diags) => {
                errors += diags.len();
                report::diagnostics(&file.display().to_string(), &src, &diags);
            }
        }
    }
    println!("{} files, {errors} syntax errors", files.len());
    if errors > 0 || unreadable > 0 { 1 } else { 0 }
}

/// `gojit check [-e] FILE...`: parses and type-checks each file (and
/// compiles it, which finds nothing the checker did not), printing the same
/// reports as `gojit run` (with `-e`, every error rather than the first
/// ten, as Go's compiler flag); silent on success. Exit status 1 on any
/// error.
pub fn cmd_check(args: &[String]) -> i32 {
    let all = args.iter().any(|a| a == "-e");
    let files: Vec<&String> = args.iter().filter(|a| *a != "-e").collect();
    if files.is_empty() {
        return crate::usage_error("check needs at least one FILE.go");
    }
    if let Some(flag) = files.iter().find(|a| a.starts_with('-')) {
        return crate::usage_error(&format!("unknown flag {flag}"));
    }
    let limit = if all {
        interp::types::ErrorLimit::None
    } else {
        interp::types::ErrorLimit::Go
    };
    let mut status = 0;
    for file in files {
        if crate::load(file, limit).is_err() {
            status = 1;
        }
    }
    status
}

/// What parsing one file gave.
enum Parsed {
    Ok,
    Unreadable(std::io::Error),
    /// The source and its syntax errors.
    Errors(String, Vec<Diagnostic>),
}

/// Reads and parses `files` on [`PARSE_THREADS`] threads; results are in
/// the order of `files`. Sources are kept only for files with errors.
fn parse_all(files: &[PathBuf]) -> Vec<Parsed> {
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<Parsed>>> = files.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..PARSE_THREADS.min(files.len()) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(f) = files.get(i) else { break };
                    let r = parse_one(f);
                    *slots[i].lock().expect("no panics while held") = Some(r);
                }
            });
        }
    });
    slots
        .into_iter()
        .map(|m| {
            m.into_inner()
                .expect("threads joined")
                .expect("every file parsed")
        })
        .collect()
}

/// The text of a Go file; `Err` is what to report instead.
fn read_source(path: &Path) -> Result<String, Parsed> {
    let bytes = std::fs::read(path).map_err(Parsed::Unreadable)?;
    String::from_utf8(bytes).map_err(|e| {
        // Go's error, at the first byte that is not UTF-8.
        let at = e.utf8_error().valid_up_to();
        let src = String::from_utf8_lossy(e.as_bytes()).into_owned();
        let d = Diagnostic::new(
            grammar::ast::Span::new(at, at + 1),
            "invalid UTF-8 encoding",
        );
        Parsed::Errors(src, vec![d])
    })
}

fn parse_one(path: &Path) -> Parsed {
    let src = match read_source(path) {
        Ok(s) => s,
        Err(p) => return p,
    };
    match grammar::parse_file(&src) {
        Ok(_) => Parsed::Ok,
        Err(errs) => Parsed::Errors(src, errs.into_iter().map(Diagnostic::from).collect()),
    }
}

fn dump_one(path: &Path) -> i32 {
    let name = path.display().to_string();
    let (src, diags) = match read_source(path) {
        Ok(src) => match grammar::parse_file(&src) {
            Ok(file) => {
                print!("{}", grammar::dump::dump_file(&file, &src));
                return 0;
            }
            Err(errs) => (src, errs.into_iter().map(Diagnostic::from).collect()),
        },
        Err(Parsed::Errors(src, diags)) => (src, diags),
        Err(Parsed::Unreadable(e)) => {
            eprintln!("gojit: open {name}: {e}");
            return 1;
        }
        Err(Parsed::Ok) => return 0,
    };
    report::diagnostics(&name, &src, &diags);
    1
}
