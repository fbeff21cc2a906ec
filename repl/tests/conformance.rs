//! The conformance corpus on every engine: each program of `tests/corpus`
//! and `bench/` must print what real Go printed (the goldens beside it) and
//! exit with the same status, on the interpreter and on the JIT.

use std::path::{Path, PathBuf};

#[test]
fn corpus_matches_real_go_on_every_engine() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let paths: Vec<PathBuf> = vec![root.join("tests/corpus"), root.join("bench")];
    let cases = conform::discover(&paths).expect("corpus readable");
    assert!(
        cases.len() >= 40,
        "the corpus has only {} programs",
        cases.len()
    );
    let gojit = Path::new(env!("CARGO_BIN_EXE_gojit"));
    let summary = conform::run_all(gojit, &cases, conform::ENGINES);
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
        "{} conformance failures",
        summary.failures.len()
    );
    assert_eq!(summary.passed, cases.len() * conform::ENGINES.len());
}
