//! The builtin `print` and `println`: unbuffered writes to standard error in
//! Go's runtime formatting.

use std::io::Write;

use super::mem;

/// Writes to standard error at once, as Go's runtime `print` does.
pub fn stderr(bytes: &[u8]) {
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
