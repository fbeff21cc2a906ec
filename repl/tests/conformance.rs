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

/// `runtime.SetFinalizer` misused dies with Go's fatal error on every
/// engine. These have no goldens: after a throw, Go's trace header carries
/// addresses (`goroutine 1 gp=0x... [running]:`), which `go-golden.sh`
/// cannot cut. The expected lines are what Go 1.23 printed.
#[test]
fn set_finalizer_misuse_is_gos_fatal_error() {
    let cases = [
        (
            "runtime.SetFinalizer(5, nil)",
            "first argument is int, not pointer",
        ),
        ("runtime.SetFinalizer(nil, nil)", "first argument is nil"),
        (
            "runtime.SetFinalizer(new(T), 5)",
            "second argument is int, not a function",
        ),
        (
            "runtime.SetFinalizer(new(T), func(*U) {})",
            "cannot pass *main.T to finalizer func(*main.U)",
        ),
        (
            "runtime.SetFinalizer(new(T), func(...*T) {})",
            "cannot pass *main.T to finalizer func(...*main.T) because dotdotdot",
        ),
        (
            "runtime.SetFinalizer(new(T), func(*T, int) {})",
            "cannot pass *main.T to finalizer func(*main.T, int)",
        ),
        (
            "runtime.SetFinalizer(new(T), func(fmt.Stringer) {})",
            "cannot pass *main.T to finalizer func(fmt.Stringer)",
        ),
        (
            "p := new(T); runtime.SetFinalizer(p, func(*T) {}); runtime.SetFinalizer(p, func(*T) {})",
            "finalizer already set",
        ),
        (
            "var p *T; runtime.SetFinalizer(p, func(*T) {})",
            "pointer not in allocated block",
        ),
        (
            "p := new(T); runtime.SetFinalizer(&p.b, func(*[4]int) {})",
            "pointer not at beginning of allocated block",
        ),
    ];
    let sources: Vec<String> = cases
        .iter()
        .map(|(stmt, _)| {
            format!(
                "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n\
                 type T struct {{\n\ta int\n\tb [4]int\n}}\n\n\
                 type U struct{{ a int }}\n\n\
                 func main() {{\n\t_ = fmt.Sprint()\n\t{stmt}\n}}\n"
            )
        })
        .collect();
    run_on_every_engine("setfinalizer", &sources, &[], |i, engine, out| {
        let (stmt, msg) = cases[i];
        let stderr = String::from_utf8_lossy(&out.stderr);
        let want = format!("fatal error: runtime.SetFinalizer: {msg}");
        assert_eq!(
            stderr.lines().next(),
            Some(want.as_str()),
            "{stmt} [{engine}]"
        );
        assert_eq!(out.status.code(), Some(2), "{stmt} [{engine}]");
    });
}

/// Writes each of `sources` as a program in a temporary folder (named
/// after `tag`) and runs it with `gojit run` on every engine, handing
/// `check` the program's index, the engine and what the run gave.
fn run_on_every_engine(
    tag: &str,
    sources: &[String],
    env: &[(&str, &std::ffi::OsStr)],
    mut check: impl FnMut(usize, &str, &std::process::Output),
) {
    let dir = std::env::temp_dir().join(format!("gojit-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    let gojit = Path::new(env!("CARGO_BIN_EXE_gojit"));
    for (i, src) in sources.iter().enumerate() {
        let file = dir.join(format!("{tag}{i}.go"));
        std::fs::write(&file, src).expect("program written");
        for engine in conform::ENGINES {
            let out = std::process::Command::new(gojit)
                .args(["run", "--engine", engine])
                .arg(&file)
                .envs(env.iter().copied())
                .output()
                .expect("gojit runs");
            check(i, engine, &out);
        }
    }
    std::fs::remove_dir_all(&dir).expect("temporary folder removed");
}

/// `runtime.GOROOT()` is `$GOROOT` when set, as in Go; else, where Go
/// reports the tree it was built with, the tree of the `go` command first
/// on `$PATH` (through its symbolic link, as Debian installs it).
#[test]
fn goroot_is_the_environments_or_the_go_commands_tree() {
    let tree = std::env::temp_dir().join(format!("gojit-gotree-{}", std::process::id()));
    let (bin, links) = (tree.join("go1.23").join("bin"), tree.join("links"));
    std::fs::create_dir_all(&bin).expect("tree made");
    std::fs::create_dir_all(&links).expect("links made");
    std::fs::write(bin.join("go"), "").expect("go command made");
    std::os::unix::fs::symlink(bin.join("go"), links.join("go")).expect("link made");
    let root = tree.join("go1.23").canonicalize().expect("tree");
    let src = "package main\n\nimport \"runtime\"\n\nfunc main() { print(runtime.GOROOT()) }\n";
    let path = std::env::join_paths([Path::new("/nowhere"), &links]).expect("PATH");
    let cases: [(&[(&str, &std::ffi::OsStr)], String); 2] = [
        (&[("GOROOT", "/opt/go".as_ref())], "/opt/go".into()),
        (
            &[("GOROOT", "".as_ref()), ("PATH", path.as_os_str())],
            root.display().to_string(),
        ),
    ];
    for (i, (env, want)) in cases.iter().enumerate() {
        run_on_every_engine("goroot", &[src.to_string()], env, |_, engine, out| {
            let got = String::from_utf8_lossy(&out.stderr);
            assert_eq!(got, *want, "case {i} on {engine}");
        });
    }
    std::fs::remove_dir_all(&tree).expect("tree removed");
}

/// A memory fault ends the program as it ends a Go program, with the
/// `[signal ...]` line the conformance goldens leave out (it carries a pc).
/// A nil dereference gojit caught itself gets the line too. No goldens: after
/// `fatal error: fault` Go's trace header carries addresses. The expected
/// lines are what Go 1.23 printed, less the pc.
#[test]
fn memory_faults_report_gos_signal_line() {
    let cases = [
        (
            "var p *T\n\tprintln(p.a)",
            "panic: runtime error: invalid memory address or nil pointer dereference\n\
             [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=",
        ),
        (
            "println(*(*int)(unsafe.Pointer(uintptr(16))))",
            "panic: runtime error: invalid memory address or nil pointer dereference\n\
             [signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=",
        ),
        (
            "println(*(*int)(unsafe.Pointer(^uintptr(7))))",
            "unexpected fault address 0xfffffffffffffff8\nfatal error: fault\n\
             [signal SIGSEGV: segmentation violation code=0x1 addr=0xfffffffffffffff8 pc=",
        ),
    ];
    let sources: Vec<String> = cases
        .iter()
        .map(|(stmt, _)| {
            format!(
                "package main\n\nimport \"unsafe\"\n\ntype T struct{{ a int }}\n\n\
                 func main() {{\n\tprint(\"before\\n\")\n\t_ = unsafe.Sizeof(0)\n\t{stmt}\n}}\n"
            )
        })
        .collect();
    run_on_every_engine("fault", &sources, &[], |i, engine, out| {
        let (stmt, want) = cases[i];
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with(&format!("before\n{want}")),
            "{stmt} [{engine}]: {stderr}"
        );
        assert_eq!(out.status.code(), Some(2), "{stmt} [{engine}]");
    });
}
