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

/// The corpus again with the collector running at the first safepoint
/// after every 64 words allocated (`GOJIT_GCSTRESS=1`): a root the
/// collector missed frees a live object, and the program's output changes.
/// The programs of `tests/corpus/memory` are left out: they allocate
/// gigabytes to check that memory stays bounded.
#[test]
fn corpus_survives_a_collection_at_nearly_every_safepoint() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let memory = root.join("tests/corpus/memory");
    let cases: Vec<_> = conform::discover(&[root.join("tests/corpus")])
        .expect("corpus readable")
        .into_iter()
        .filter(|c| !c.go.starts_with(&memory))
        .collect();
    let gojit = Path::new(env!("CARGO_BIN_EXE_gojit"));
    let summary =
        conform::run_all_with_env(gojit, &cases, conform::ENGINES, &[("GOJIT_GCSTRESS", "1")]);
    for f in &summary.failures {
        eprintln!("{f}");
    }
    assert!(
        summary.failures.is_empty(),
        "{} failures under GC stress",
        summary.failures.len()
    );
    assert_eq!(summary.passed, cases.len() * conform::ENGINES.len());
}
