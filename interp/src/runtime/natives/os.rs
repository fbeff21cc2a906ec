//! Package `os` (arguments, environment, whole-file reads and writes, the
//! standard files), `io.EOF`, and `fmt.Fprint*` to any `io.Writer`.
//!
//! An `*os.File` points at a cell holding its descriptor. Writes to
//! descriptors 1 and 2 go through the process's output (`runtime/print`),
//! so they interleave with `fmt.Print*` and `println` as in Go.

use std::io::Read;

use super::super::{Engine, Runtime, Status, fmt, mem, methods, print, stack::HEADER};
use super::new_error;
use crate::bytecode::{FprintFn, OsFn};

/// What package `os` keeps for the whole run.
#[derive(Default)]
pub struct State {
    /// The cells of `os.Stdin`, `os.Stdout`, `os.Stderr` once made.
    files: [u64; 3],
    /// `io.EOF`, one error value for the whole run (compared by identity).
    eof: Option<[u64; 2]>,
}

impl State {
    /// Marks the standard files and `io.EOF`.
    pub fn roots(&self, m: &mut crate::runtime::mgc::Marker) {
        m.words(&self.files);
        m.words(&self.eof.unwrap_or_default());
    }
}

/// The `*os.File` for descriptor `fd` (0, 1 or 2).
fn std_file(rt: &mut Runtime, fd: usize) -> u64 {
    if rt.natives.os.files[fd] == 0 {
        rt.natives.os.files[fd] = super::cell(rt, &[fd as u64]);
    }
    rt.natives.os.files[fd]
}

/// `io.EOF`.
pub fn eof(rt: &mut Runtime) -> [u64; 2] {
    if let Some(e) = rt.natives.os.eof {
        return e;
    }
    let text = rt.heap.alloc_string(b"EOF");
    let e = new_error(rt, text);
    rt.natives.os.eof = Some(e);
    e
}

/// A new `[]byte` holding `bytes` (one element per word), with capacity
/// `cap`.
pub fn byte_slice(rt: &mut Runtime, bytes: &[u8], cap: usize) -> [u64; 3] {
    let cap = cap.max(bytes.len());
    if cap == 0 {
        return [rt.zerobase, 0, 0];
    }
    let data = rt.heap.alloc(cap);
    for (i, &b) in bytes.iter().enumerate() {
        mem::store(data, i, u64::from(b));
    }
    [data, bytes.len() as u64, cap as u64]
}

/// The bytes of the `[]byte` `(ptr, len)`.
pub fn slice_bytes(ptr: u64, len: u64) -> Vec<u8> {
    (0..len as usize).map(|i| mem::load(ptr, i) as u8).collect()
}

/// Go's `*fs.PathError` text: `open name: no such file or directory`.
fn path_error(op: &str, name: &str, e: &std::io::Error) -> String {
    // Go's syscall error strings, by errno.
    let what = match e.raw_os_error() {
        Some(2) => "no such file or directory".to_string(),
        Some(13) => "permission denied".to_string(),
        Some(17) => "file exists".to_string(),
        Some(20) => "not a directory".to_string(),
        Some(21) => "is a directory".to_string(),
        Some(39) => "directory not empty".to_string(),
        _ => {
            let s = e.to_string();
            let s = s.split(" (os error").next().unwrap_or(&s).to_string();
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_lowercase().chain(c).collect())
                .unwrap_or(s)
        }
    };
    format!("{op} {name}: {what}")
}

/// An error value with `text`.
fn error(rt: &mut Runtime, text: &str) -> [u64; 2] {
    let t = rt.heap.alloc_string(text.as_bytes());
    new_error(rt, t)
}

/// Writes `bytes` to descriptor `fd`: standard output or error (the only
/// files a program can hold so far).
fn write_fd(fd: u64, bytes: &[u8]) -> Result<(), &'static str> {
    match fd {
        1 => print::stdout(bytes),
        2 => print::stderr(bytes),
        _ => return Err("bad file descriptor"),
    }
    Ok(())
}

/// Runs `os` function `f` in the frame at `base` (results first, then
/// parameters).
pub fn call(rt: &mut Runtime, f: OsFn, base: usize) -> Status {
    let results = match f {
        OsFn::Args | OsFn::FileWrite | OsFn::FileWriteString | OsFn::FileRead => 3,
        OsFn::ReadFile => 5,
        OsFn::LookupEnv => 3,
        OsFn::Stdin | OsFn::Stdout | OsFn::Stderr | OsFn::Getpid => 1,
        OsFn::Getenv | OsFn::WriteFile | OsFn::Remove | OsFn::FileClose | OsFn::FileName => 2,
    };
    let at = base + HEADER + results;
    let p: Vec<u64> = rt.g.stack.slots[at..at + 6].to_vec();
    let str_at = |i: usize| String::from_utf8_lossy(mem::bytes(p[i], p[i + 1])).into_owned();
    let out: Vec<u64> = match f {
        OsFn::Args => {
            let args = rt.args.clone();
            let data = rt.heap.alloc(2 * args.len().max(1));
            for (i, a) in args.iter().enumerate() {
                let (ptr, len) = rt.heap.alloc_string(a.as_bytes());
                mem::store(data, 2 * i, ptr);
                mem::store(data, 2 * i + 1, len);
            }
            vec![data, args.len() as u64, args.len() as u64]
        }
        OsFn::Stdin => vec![std_file(rt, 0)],
        OsFn::Stdout => vec![std_file(rt, 1)],
        OsFn::Stderr => vec![std_file(rt, 2)],
        OsFn::Getenv | OsFn::LookupEnv => {
            let v = std::env::var_os(str_at(0));
            let bytes = v.as_ref().map(|v| v.as_encoded_bytes()).unwrap_or(b"");
            let (ptr, len) = rt.heap.alloc_string(bytes);
            let mut out = vec![ptr, len];
            if f == OsFn::LookupEnv {
                out.push(u64::from(v.is_some()));
            }
            out
        }
        OsFn::ReadFile => {
            let name = str_at(0);
            match std::fs::read(&name) {
                Ok(data) => {
                    // Go reads into a buffer of the file's size plus one
                    // (at least 512 bytes).
                    let cap = (data.len() + 1).max(512);
                    let s = byte_slice(rt, &data, cap);
                    vec![s[0], s[1], s[2], 0, 0]
                }
                Err(e) => {
                    let op = if e.raw_os_error() == Some(21) {
                        "read"
                    } else {
                        "open"
                    };
                    let err = error(rt, &path_error(op, &name, &e));
                    vec![0, 0, 0, err[0], err[1]]
                }
            }
        }
        OsFn::WriteFile => {
            use std::os::unix::fs::OpenOptionsExt;
            let name = str_at(0);
            let data = slice_bytes(p[2], p[3]);
            let written = std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(p[5] as u32)
                .open(&name)
                .and_then(|mut file| std::io::Write::write_all(&mut file, &data));
            match written {
                Ok(()) => vec![0, 0],
                Err(e) => error(rt, &path_error("open", &name, &e)).to_vec(),
            }
        }
        OsFn::Remove => {
            let name = str_at(0);
            let r = std::fs::remove_file(&name).or_else(|e| match std::fs::remove_dir(&name) {
                Ok(()) => Ok(()),
                Err(_) => Err(e),
            });
            match r {
                Ok(()) => vec![0, 0],
                Err(e) => error(rt, &path_error("remove", &name, &e)).to_vec(),
            }
        }
        OsFn::FileWrite | OsFn::FileWriteString => {
            let fd = mem::load(p[0], 0);
            let bytes = if f == OsFn::FileWrite {
                slice_bytes(p[1], p[2])
            } else {
                mem::bytes(p[1], p[2]).to_vec()
            };
            match write_fd(fd, &bytes) {
                Ok(()) => vec![bytes.len() as u64, 0, 0],
                Err(e) => {
                    let err = error(rt, &format!("write {}: {e}", file_name(fd)));
                    vec![0, err[0], err[1]]
                }
            }
        }
        OsFn::FileRead => {
            let (buf, len) = (p[1], p[2] as usize);
            let mut tmp = vec![0u8; len];
            print::flush_stdout();
            let n = if mem::load(p[0], 0) == 0 {
                std::io::stdin().lock().read(&mut tmp).unwrap_or(0)
            } else {
                0
            };
            for (i, &b) in tmp[..n].iter().enumerate() {
                mem::store(buf, i, u64::from(b));
            }
            if n == 0 && len > 0 {
                let e = eof(rt);
                vec![0, e[0], e[1]]
            } else {
                vec![n as u64, 0, 0]
            }
        }
        OsFn::Getpid => vec![u64::from(std::process::id())],
        OsFn::FileClose => vec![0, 0],
        OsFn::FileName => {
            let (ptr, len) = rt
                .heap
                .alloc_string(file_name(mem::load(p[0], 0)).as_bytes());
            vec![ptr, len]
        }
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
    Status::Ok
}

/// The name of a standard file.
fn file_name(fd: u64) -> &'static str {
    match fd {
        0 => "/dev/stdin",
        1 => "/dev/stdout",
        _ => "/dev/stderr",
    }
}

/// `fmt.Fprint*(w, ...)`: formats as `Print*` does and writes to `w`, an
/// `*os.File` directly, any other writer through its `Write` method.
pub fn fprint(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: FprintFn,
    base: usize,
    caller: usize,
) -> Status {
    let s = &rt.g.stack.slots[base + HEADER..];
    // Results (n int, err error), then w, [format], args.
    let w = (s[3], s[4]);
    let (format, args_at) = match f {
        FprintFn::Fprintf => (Some((s[5], s[6])), 7),
        _ => (None, 5),
    };
    let (args, n) = (s[args_at], s[args_at + 1] as usize);
    let texts = match methods::texts_of_operands(rt, engine, args, n, base, caller) {
        Ok(t) => t,
        Err(st) => return st,
    };
    let out = match f {
        FprintFn::Fprint => fmt::sprint(rt, &texts, args, n),
        FprintFn::Fprintln => fmt::sprintln(rt, &texts, args, n),
        FprintFn::Fprintf => {
            let (p, len) = format.expect("Fprintf has a format");
            fmt::sprintf(rt, &texts, mem::bytes(p, len), args, n)
        }
    };
    let result: [u64; 3] = if rt.prog.types[w.0 as usize].name == "*os.File" {
        match write_fd(mem::load(w.1, 0), &out) {
            Ok(()) => [out.len() as u64, 0, 0],
            Err(e) => {
                let err = error(rt, e);
                [0, err[0], err[1]]
            }
        }
    } else {
        let slice = byte_slice(rt, &out, out.len());
        match methods::call_method(rt, engine, w, "Write", &slice, 3, base, caller) {
            Ok(Some(r)) => [r[0], r[1], r[2]],
            Ok(None) => [0, 0, 0],
            Err(st) => return st,
        }
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + 3].copy_from_slice(&result);
    Status::Ok
}
