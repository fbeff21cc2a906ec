//! Parses every `.go` file of the installed Go 1.23 tree (outside
//! `testdata`, whose files are often deliberately broken) with zero errors.
//! Skips itself, passing, when the tree is not installed.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use gojit_grammar::files::go_files;

const GOROOT_SRC: &str = "/usr/share/go-1.23/src";

/// Parses `files` on two threads (the machines this runs on have two
/// cores; one thread takes ~7 s in the test profile). Returns the bytes
/// read and one line per file that failed.
fn parse_all(files: &[PathBuf]) -> (usize, Vec<String>) {
    let next = AtomicUsize::new(0);
    let bytes = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                while let Some(f) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let src = match std::fs::read_to_string(f) {
                        Ok(s) => s,
                        Err(e) => {
                            failures
                                .lock()
                                .unwrap()
                                .push(format!("{}: {e}", f.display()));
                            continue;
                        }
                    };
                    bytes.fetch_add(src.len(), Ordering::Relaxed);
                    if let Err(errs) = gojit_grammar::parse_file(&src) {
                        let e = &errs[0];
                        let line = src[..e.span.start as usize].matches('\n').count() + 1;
                        failures.lock().unwrap().push(format!(
                            "{}:{}: {}",
                            f.display(),
                            line,
                            e.message
                        ));
                    }
                }
            });
        }
    });
    (bytes.into_inner(), failures.into_inner().unwrap())
}

#[test]
fn parse_go_stdlib() {
    if !Path::new(GOROOT_SRC).is_dir() {
        println!("skipped: {GOROOT_SRC} is not installed");
        return;
    }
    let files = go_files(Path::new(GOROOT_SRC));
    let start = std::time::Instant::now();
    let (bytes, mut failures) = parse_all(&files);
    failures.sort();
    for f in &failures {
        println!("{f}");
    }
    println!(
        "{} files parsed, {} failed, {} MB in {:?}",
        files.len(),
        failures.len(),
        bytes / 1_000_000,
        start.elapsed()
    );
    assert!(files.len() > 5000, "only {} files found", files.len());
    assert!(
        failures.is_empty(),
        "{} stdlib files failed to parse",
        failures.len()
    );
}

/// Parses Go's own test suite (`$GOROOT/test`, including files that are
/// meant not to compile) and compares acceptance with `gofmt -e`, Go's
/// reference parser. Differences are printed, not failed on: a few of
/// those files are rejected by cmd/compile's parser but not by go/parser.
/// Ignored (it runs gofmt once per file): `cargo test -p gojit-grammar
/// --test stdlib -- --ignored --nocapture`.
#[test]
#[ignore]
fn compare_with_gofmt_on_go_test_suite() {
    let files = go_files(Path::new("/usr/share/go-1.23/test"));
    let mut diffs = 0;
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let ours = gojit_grammar::parse_file(&src).is_ok();
        let Ok(out) = std::process::Command::new("/usr/lib/go-1.23/bin/gofmt")
            .arg("-e")
            .arg(f)
            .output()
        else {
            println!("gofmt not available");
            return;
        };
        if ours != out.status.success() {
            diffs += 1;
            println!(
                "{}: ours {ours}, gofmt {}",
                f.display(),
                out.status.success()
            );
        }
    }
    println!("{} files, {} differ from gofmt", files.len(), diffs);
}
