//! Parses every `.go` file of the installed Go 1.23 tree (outside
//! `testdata`). Ignored by default: run with `cargo test --test stdlib --
//! --ignored --nocapture`.

use std::path::{Path, PathBuf};

const GOROOT_SRC: &str = "/usr/share/go-1.23/src";

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
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
