//! Compile errors match real Go's: every program under `tests/errors/`
//! (`syntax/`, and each folder added later, such as `types/`) makes
//! `gojit check` and `gojit run` exit with status 1 and print exactly the
//! diagnostic lines `go build` printed (`NAME.errors`, from
//! `tests/errors/golden.sh`).

use std::path::{Path, PathBuf};

#[test]
fn compile_errors_match_go_build() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let paths: Vec<PathBuf> = vec![root.join("tests/errors")];
    let cases = conform::errors::discover(&paths).expect("tests/errors readable");
    assert!(
        cases.len() >= 30,
        "tests/errors has only {} programs",
        cases.len()
    );
    let gojit = Path::new(env!("CARGO_BIN_EXE_gojit"));
    let summary = conform::errors::run_all(gojit, &cases);
    for f in &summary.failures {
        eprintln!("{f}");
    }
    eprintln!(
        "{} passed, {} failed",
        summary.passed,
        summary.failures.len()
    );
    assert!(
        summary.failures.is_empty(),
        "{} compile-error goldens differ",
        summary.failures.len()
    );
    assert_eq!(summary.passed, cases.len());
}

/// A package other than main checks as `go build` builds it (a library),
/// and `gojit run` refuses it with `go run`'s words.
#[test]
fn a_package_other_than_main_checks_but_does_not_run() {
    let dir = std::env::temp_dir().join(format!("gojit-lib-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    let file = dir.join("lib.go");
    std::fs::write(
        &file,
        "package lib\n\nfunc Twice(x int) int { return 2 * x }\n",
    )
    .expect("writing lib.go");
    let gojit = Path::new(env!("CARGO_BIN_EXE_gojit"));
    let check = std::process::Command::new(gojit)
        .arg("check")
        .arg(&file)
        .output()
        .expect("running gojit check");
    let run = std::process::Command::new(gojit)
        .arg("run")
        .arg(&file)
        .output()
        .expect("running gojit run");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(check.status.code(), Some(0));
    assert!(
        check.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&run.stderr),
        "package command-line-arguments is not a main package\n"
    );
}

/// `gojit check -e` reports every error, where `go build` (and plain
/// `gojit check`) stop after ten with `too many errors`.
#[test]
fn check_e_reports_every_error() {
    let dir = std::env::temp_dir().join(format!("gojit-e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    let file = dir.join("many.go");
    let vars: String = (0..12).map(|i| format!("var v{i} int = \"s\"\n")).collect();
    std::fs::write(&file, format!("package main\n\n{vars}\nfunc main() {{}}\n"))
        .expect("writing many.go");
    let gojit = Path::new(env!("CARGO_BIN_EXE_gojit"));
    let lines = |args: &[&str]| {
        let out = std::process::Command::new(gojit)
            .args(args)
            .arg(&file)
            .env("NO_COLOR", "1")
            .output()
            .expect("running gojit check");
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .filter(|l| l.starts_with(&*file.to_string_lossy()))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let limited = lines(&["check"]);
    let all = lines(&["check", "-e"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(limited.len(), 11, "{limited:?}");
    assert!(limited[10].ends_with("too many errors"), "{limited:?}");
    assert_eq!(all.len(), 12, "{all:?}");
    assert!(
        all.iter().all(|l| l.contains("cannot use \"s\"")),
        "{all:?}"
    );
}
