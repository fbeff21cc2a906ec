//! The interactive REPL in a pseudo-terminal: tab completion, Ctrl-C on
//! an infinite loop (on both engines) returning to the prompt with the
//! session intact, history written to the data directory, and Ctrl-D
//! leaving.
//!
//! The terminal comes from util-linux's `script` (in every Debian base
//! system), which runs gojit on a new pseudo-terminal and relays our
//! keystrokes to it and its output back. (tmux needs a character-device
//! `/dev/null` for its server, and pty crates that open the terminal side
//! by its `/dev/pts` path get the wrong device where `/dev/pts` is mounted
//! twice, as in some sandboxes; `script` uses glibc's `openpty`.) The test
//! reads the raw output (prompts, line redraws, colours) and looks for text
//! in what arrived after each action, with escape sequences removed.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A gojit REPL on a pseudo-terminal, with everything it wrote so far.
struct Term {
    keys: ChildStdin,
    output: Arc<Mutex<Vec<u8>>>,
    /// Where the output not yet looked at starts.
    seen: usize,
    child: Child,
    home: PathBuf,
}

impl Term {
    fn start(name: &str) -> Term {
        let home = std::env::temp_dir().join(format!("gojit-pty-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&home);
        std::fs::create_dir_all(&home).expect("temporary home");
        let mut child = Command::new("script")
            .args(["--quiet", "--return", "--command"])
            // `exec`: no shell in between to die of the Ctrl-Cs.
            .arg(format!("exec '{}'", env!("CARGO_BIN_EXE_gojit")))
            .arg(home.join("typescript"))
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("TERM", "xterm")
            .env("SHELL", "/bin/sh")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("running script(1) from util-linux");
        let keys = child.stdin.take().expect("script's stdin");
        let mut screen = child.stdout.take().expect("script's stdout");
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = output.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = screen.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .expect("output lock")
                    .extend_from_slice(&buf[..n]);
            }
        });
        let mut t = Term {
            keys,
            output,
            seen: 0,
            child,
            home,
        };
        t.expect(">>> ");
        t
    }

    /// Types `bytes` (control characters included).
    fn send(&mut self, bytes: &str) {
        self.keys
            .write_all(bytes.as_bytes())
            .and_then(|()| self.keys.flush())
            .expect("typing into script(1)");
    }

    /// The output since the last `expect`, without escape sequences and
    /// carriage returns, and the raw offset each of its bytes ends at.
    fn fresh_mapped(&self) -> (String, Vec<usize>) {
        let out = self.output.lock().expect("output lock");
        let (text, ends) = strip_escapes(&out[self.seen.min(out.len())..]);
        (text, ends.into_iter().map(|e| e + self.seen).collect())
    }

    fn fresh(&self) -> String {
        self.fresh_mapped().0
    }

    /// Waits until the output since the last `expect` contains `what`,
    /// then marks the output up to the end of it as seen; returns the text
    /// before it.
    fn expect(&mut self, what: &str) -> String {
        let start = Instant::now();
        loop {
            let (fresh, ends) = self.fresh_mapped();
            if let Some(at) = fresh.find(what) {
                self.seen = ends[at + what.len() - 1];
                return fresh[..at + what.len()].to_string();
            }
            if start.elapsed() > Duration::from_secs(20) {
                let all = self.output.lock().expect("output lock").clone();
                let all = strip_escapes(&all).0;
                panic!(
                    "timed out waiting for {what:?}; since the last step the terminal showed:\n\
                     {fresh:?}\nand in all:\n{all}"
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.home);
    }
}

/// Removes ANSI escape sequences (CSI `ESC [ ... final byte` and
/// two-byte ones) and carriage returns, so that line redraws read as text
/// and a prompt after output is `\n>>> `. Also returns, for each byte kept,
/// the offset in `raw` just past it.
fn strip_escapes(raw: &[u8]) -> (String, Vec<usize>) {
    let mut out = Vec::with_capacity(raw.len());
    let mut ends = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            0x1b if raw.get(i + 1) == Some(&b'[') => {
                i += 2;
                while i < raw.len() && !(0x40..=0x7e).contains(&raw[i]) {
                    i += 1;
                }
                i += 1;
            }
            0x1b => i += 2,
            b'\r' => i += 1,
            b => {
                out.push(b);
                i += 1;
                ends.push(i);
            }
        }
    }
    // Invalid UTF-8 would shift the offsets; the REPL writes UTF-8 only.
    (String::from_utf8_lossy(&out).into_owned(), ends)
}

#[test]
fn completion_interrupt_history_and_eof() {
    let mut t = Term::start("main");
    // A package member, completed with Tab.
    t.send("strings.ToUp\t");
    t.expect("strings.ToUpper");
    t.send("(\"go\")\r");
    t.expect("\"GO\"  // string\n>>> ");
    // A session name, completed with Tab.
    t.send("counter := 41\r");
    t.expect("\n>>> ");
    t.send("coun\t");
    t.expect("counter");
    t.send("+1\r");
    t.expect("42  // int\n>>> ");
    // Two candidates: the second Tab lists them.
    t.send("strings.Has\t\t");
    let listed = t.expect("HasSuffix");
    assert!(listed.contains("HasPrefix"), "{listed}");
    t.send("\x15\r"); // Ctrl-U, then an empty line
    t.expect("\n>>> ");
    // Ctrl-C stops an infinite loop; the session carries on.
    for engine in ["interp", "jit"] {
        t.send(&format!(":engine {engine}\r"));
        t.expect("\n>>> ");
        t.send("for { counter++ }\r");
        t.expect("for { counter++ }\n");
        std::thread::sleep(Duration::from_millis(300));
        assert!(
            !t.fresh().contains(">>> "),
            "the loop ended by itself on {engine}?\n{}",
            t.fresh()
        );
        t.send("\x03");
        t.expect("interrupted\n>>> ");
        t.send("counter > 42\r");
        t.expect("true  // bool\n>>> ");
    }
    // Ctrl-C at the prompt discards the line; Ctrl-D leaves.
    t.send("this is discarded\x03");
    t.expect("discarded\n>>> ");
    t.send("\x04");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = t.child.try_wait().expect("waiting for gojit") {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "Ctrl-D did not end the session:\n{}",
            t.fresh()
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
    let history =
        std::fs::read_to_string(t.home.join("data/gojit/history")).expect("the history file");
    assert!(history.contains("counter := 41"), "{history}");
    assert!(history.contains("for { counter++ }"), "{history}");
    assert!(!history.contains("discarded"), "{history}");
}
