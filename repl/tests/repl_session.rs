//! A scripted REPL session: `repl/session.txt` is fed to `gojit repl
//! --echo` on standard input (not a terminal: no prompts of its own, no
//! colours), and the transcript (standard output and error together) must
//! equal `repl/session.golden`. The session declares across lines,
//! redefines functions and methods, panics and errors and carries on, reads
//! a multi-line function, imports packages by use, and uses `:type` and
//! `:load`. Every value and panic text in the golden is what Go 1.23
//! prints for the same expression (`%#v` of the value, `panic: ...`).
//!
//! `BLESS=1 cargo test -p gojit --test repl_session` rewrites the golden.

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn scripted_session_matches_golden() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repl");
    let out_path = std::env::temp_dir().join(format!("gojit-repl-{}.txt", std::process::id()));
    let out = File::create(&out_path).expect("temporary transcript");
    let status = Command::new(env!("CARGO_BIN_EXE_gojit"))
        .args(["repl", "--echo"])
        .current_dir(&dir)
        .stdin(File::open(dir.join("session.txt")).expect("session.txt"))
        .stdout(Stdio::from(out.try_clone().expect("dup")))
        .stderr(Stdio::from(out))
        .status()
        .expect("running gojit repl");
    let transcript = std::fs::read_to_string(&out_path).expect("transcript");
    let _ = std::fs::remove_file(&out_path);
    // The script ends with os.Exit(0): what follows never runs.
    assert_eq!(status.code(), Some(0), "exit status\n{transcript}");
    let golden_path = dir.join("session.golden");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&golden_path, &transcript).expect("writing the golden");
        return;
    }
    let golden = std::fs::read_to_string(&golden_path).expect("session.golden");
    if transcript != golden {
        let diff: Vec<String> = golden
            .lines()
            .zip(transcript.lines())
            .enumerate()
            .filter(|(_, (g, t))| g != t)
            .take(5)
            .map(|(i, (g, t))| format!("line {}:\n  want {g:?}\n  got  {t:?}", i + 1))
            .collect();
        panic!(
            "transcript differs from session.golden ({} vs {} lines)\n{}",
            transcript.lines().count(),
            golden.lines().count(),
            diff.join("\n")
        );
    }
}

/// Malformed input never crashes the session: every line gets a
/// diagnostic (or runs), and the session still answers afterwards.
#[test]
fn malformed_input_gets_diagnostics() {
    let garbage = [
        "}",
        ")",
        "]",
        "func",
        "func (",
        "type",
        "var",
        "import",
        "import \"nope\"",
        "package",
        "package main",
        "x :=",
        ":= 1",
        "1 +",
        "'ab'",
        "\"unterminated",
        "0x",
        "1e",
        "s := `a\n\nb`",
        "go f()",
        "select {}",
        "chan int",
        "for {",
        "if {}",
        "else {}",
        "case 1:",
        "default:",
        "break",
        "continue",
        "return 1",
        "goto L",
        "L:",
        "defer",
        "defer 1",
        "fallthrough",
        "func f[T any](x T) T { return x }",
        "type G[T any] struct{}",
        "x.(int)",
        "nil()",
        "new()",
        "make()",
        "append()",
        "len()",
        "len(1, 2)",
        "[]int{1,}[5]",
        "map[[]int]int{}",
        "struct{}{}.x",
        "type T T",
        "type A struct { A }",
        "var a [1 << 40]int",
        "1 << 100",
        "-1 >> 1",
        "\u{feff}",
        "\u{0}",
        "func init() {}",
        "func main() { main() }",
        "var _ = 1",
        "_",
        "const c = len([]int{})",
        "iota",
        "x, y",
        "(",
        "((((1))))",
        "func (x int) M() {}",
        "type I interface{ M() }; var i I; i.M()",
    ];
    let mut input: String = garbage.iter().map(|g| format!("{g}\n\n")).collect();
    input.push_str("40 + 2\n");
    let out = Command::new(env!("CARGO_BIN_EXE_gojit"))
        .arg("repl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(input.as_bytes())?;
            child.wait_with_output()
        })
        .expect("running gojit repl");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked at"), "a Rust panic:\n{stderr}");
    assert!(
        !stderr.contains("RUST_BACKTRACE"),
        "a Rust panic:\n{stderr}"
    );
    assert!(
        stdout.ends_with("42  // int\n"),
        "the session did not carry on:\n{stdout}\n{stderr}"
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}
