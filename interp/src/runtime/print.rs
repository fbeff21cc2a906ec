//! The process's output: standard output (buffered) and standard error,
//! with the builtin `print` and `println` in Go's runtime formatting.
//!
//! Go writes both streams unbuffered. gojit buffers standard output (one
//! `fmt.Println` per syscall would be slow) but flushes it before every
//! write to standard error, at exit, and after each write when it is a
//! terminal, so the two streams interleave exactly as Go's do.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};

use super::mem;

/// Pending standard output.
struct Stdout {
    buf: Vec<u8>,
    tty: bool,
}

thread_local! {
    static STDOUT: RefCell<Stdout> = RefCell::new(Stdout {
        buf: Vec::with_capacity(8192),
        tty: std::io::stdout().is_terminal(),
    });
}

/// Writes to standard output (buffered).
pub fn stdout(bytes: &[u8]) {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        o.buf.extend_from_slice(bytes);
        if o.tty || o.buf.len() >= 1 << 16 {
            flush(&mut o.buf);
        }
    });
}

/// Writes out pending standard output.
pub fn flush_stdout() {
    STDOUT.with(|o| flush(&mut o.borrow_mut().buf));
}

/// Hands pending standard output to `write` and forgets it, without
/// taking any lock: for a fault handler, which may have interrupted this
/// thread anywhere (output being appended just then is left alone).
pub fn drain_stdout_unlocked(write: impl FnOnce(&[u8])) {
    let _ = STDOUT.try_with(|o| {
        if let Ok(mut o) = o.try_borrow_mut() {
            write(&o.buf);
            o.buf.clear();
        }
    });
}

fn flush(buf: &mut Vec<u8>) {
    if buf.is_empty() {
        return;
    }
    let mut out = std::io::stdout().lock();
    // A closed stdout is not the program's concern (Go ignores EPIPE on
    // writes the program does not check).
    let _ = out.write_all(buf);
    let _ = out.flush();
    buf.clear();
}

/// Writes to standard error at once, as Go's runtime `print` does, after
/// any pending standard output.
pub fn stderr(bytes: &[u8]) {
    flush_stdout();
    let _ = std::io::stderr().lock().write_all(bytes);
}

/// `print(int)`.
pub fn int(v: i64) {
    stderr(v.to_string().as_bytes());
}

/// `print(bool)`.
pub fn bool(v: u64) {
    stderr(if v != 0 { b"true" } else { b"false" });
}

/// `print(string)`.
pub fn string(ptr: u64, len: u64) {
    stderr(mem::bytes(ptr, len));
}

/// `print` of an interface: its two words, as Go prints `(0x...,0x...)`.
pub fn iface(ty: u64, data: u64) {
    stderr(format!("({ty:#x},{data:#x})").as_bytes());
}

/// `print` of a pointer-like value (func, pointer, map, chan).
pub fn pointer(v: u64) {
    stderr(format!("{v:#x}").as_bytes());
}
