//! Malformed and mutated programs never make the checker or the compiler
//! panic: every input either compiles or gets diagnostics.
//!
//! Mutations of the conformance corpus (token deletions, duplications,
//! swaps and replacements with other tokens of the corpus) are pushed
//! through `compile_source`, with a fixed seed so failures reproduce.

use std::path::{Path, PathBuf};

use grammar::fuzzing::Rng;

fn corpus() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus");
    let mut out = Vec::new();
    let mut dirs = vec![root];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).expect("corpus folder") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "go") {
                let src = std::fs::read_to_string(&p).expect("readable");
                out.push((p, src));
            }
        }
    }
    out.sort();
    out
}

/// Splits source into tokens roughly (identifiers, numbers, strings and
/// single punctuation), keeping whitespace attached so edits stay local.
fn tokens(src: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        if c.is_ascii_alphanumeric() || c == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
        } else if c == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                i += 1;
            }
            i = (i + 1).min(b.len());
        } else {
            i += 1;
            while i < b.len() && !b[i].is_ascii() {
                i += 1;
            }
        }
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        out.push(&src[start..i]);
    }
    out
}

#[test]
fn mutated_corpus_programs_never_panic_the_compiler() {
    let files = corpus();
    assert!(!files.is_empty());
    let vocabulary: Vec<String> = files
        .iter()
        .flat_map(|(_, s)| tokens(s).into_iter().map(str::to_string))
        .collect();
    // GOJIT_MUTATION_SEED and GOJIT_MUTATION_ROUNDS explore further.
    let env = |k: &str, d: u64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let mut rng = Rng(env("GOJIT_MUTATION_SEED", 0x9E37_79B9_7F4A_7C15) | 1);
    let mut tried = 0;
    for round in 0..env("GOJIT_MUTATION_ROUNDS", 40) {
        for (path, src) in &files {
            let mut toks: Vec<String> = tokens(src).into_iter().map(str::to_string).collect();
            for _ in 0..1 + round % 3 {
                let i = rng.below(toks.len());
                match rng.below(4) {
                    0 => {
                        toks.remove(i);
                    }
                    1 => {
                        let t = toks[i].clone();
                        toks.insert(i, t);
                    }
                    2 => {
                        let j = rng.below(toks.len());
                        toks.swap(i, j);
                    }
                    _ => toks[i] = vocabulary[rng.below(vocabulary.len())].clone(),
                }
                if toks.is_empty() {
                    break;
                }
            }
            let mutated = toks.concat();
            let outcome = std::panic::catch_unwind(|| {
                gojit_interp::compile::compile_source(&mutated, "m.go").map(|_| ())
            });
            if outcome.is_err() {
                let keep = std::env::temp_dir().join("gojit-compile-panic.go");
                let _ = std::fs::write(&keep, &mutated);
                panic!(
                    "compiler panicked on a mutation of {} (saved to {})",
                    path.display(),
                    keep.display()
                );
            }
            tried += 1;
        }
    }
    assert!(tried > 1000, "only {tried} mutations");
}

/// Generic types and constraints declared through themselves (invalid)
/// end inference with diagnostics instead of expanding for ever.
#[test]
fn self_referential_generic_declarations_end_inference() {
    let programs = [
        "package main\ntype C[T any] interface{ C[T] }\nfunc f[T any, U C[T]](u U) {}\nfunc main() { f(1) }\n",
        "package main\ntype A[T any] A[T]\nfunc f[T any](a A[T]) {}\nfunc main() { f(1); var x func(int) = f; _ = x }\n",
        "package main\ntype B[T any] []B[T]\nfunc g[T any](b B[T]) {}\nfunc main() { g([]int{}) }\n",
    ];
    for src in programs {
        assert!(gojit_interp::compile::compile_source(src, "m.go").is_err());
    }
}

/// A function whose frame no slot stack can hold (ranging over a huge
/// array copies it into the frame) compiles at once: it is never entered,
/// so it gets no stackmap.
#[test]
fn frames_past_the_stack_compile_quickly() {
    let src = "package main\nfunc f(x *[1<<30 + 1e6]byte) byte {\n\tfor _, b := range *x {\n\t\treturn b\n\t}\n\treturn 0\n}\nfunc main() { _ = f }\n";
    let start = std::time::Instant::now();
    assert!(gojit_interp::compile::compile_source(src, "m.go").is_ok());
    assert!(start.elapsed().as_secs() < 10, "took {:?}", start.elapsed());
}
