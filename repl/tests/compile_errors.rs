//! Compile errors match real Go's: every program under `tests/errors/`
//! (`syntax/`, and each folder added later, such as `types/`) makes
//! `gojit check` exit with status 1 and print exactly the diagnostic lines
//! `go build` printed (`NAME.errors`, from `tests/errors/golden.sh`).

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
