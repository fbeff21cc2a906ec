//! Parses every `.go` file of the installed Go 1.23 tree (outside
//! `testdata`). Ignored by default: run with `cargo test --test stdlib --
//! --ignored --nocapture`.

use std::path::{Path, PathBuf};

const GOROOT_SRC: &str = "/usr/share/go-1.23/src";

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    // (`testdata` folders hold inputs that are often not Go.)
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "testdata") {
                collect(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

#[test]
#[ignore]
fn parse_go_stdlib() {
    let mut files = Vec::new();
    collect(Path::new(GOROOT_SRC), &mut files);
    files.sort();
    let mut failed = 0;
    let start = std::time::Instant::now();
    let mut bytes = 0;
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        bytes += src.len();
        if let Err(errs) = gojit_grammar::parse_file(&src) {
            failed += 1;
            let e = &errs[0];
            let line = src[..e.span.start as usize].matches('\n').count() + 1;
            println!("{}:{}: {}", f.display(), line, e.message);
        }
    }
    println!(
        "{} files, {} failed, {} MB in {:?}",
        files.len(),
        failed,
        bytes / 1_000_000,
        start.elapsed()
    );
}

/// Parses Go's own test suite (`$GOROOT/test`, including files that are
/// meant not to compile) and compares acceptance with `gofmt -e`, Go's
/// reference parser. Differences are printed, not failed on: a few of
/// those files are rejected by cmd/compile's parser but not by go/parser.
#[test]
#[ignore]
fn compare_with_gofmt_on_go_test_suite() {
    let mut files = Vec::new();
    collect(Path::new("/usr/share/go-1.23/test"), &mut files);
    files.sort();
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
