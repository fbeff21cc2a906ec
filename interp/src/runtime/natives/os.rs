//! Package `os`: arguments, environment, the standard files, and the
//! system calls that `gopackages/os.go` builds its `File` type and file
//! functions on; `fmt.Fprint*` to any `io.Writer`.
//!
//! An `*os.File` points at the `os.File` struct of `os.go`: its descriptor
//! (-1 once closed), then its name. Writes to descriptors 1 and 2 go
//! through the process's output (`runtime/print`), so they interleave with
//! `fmt.Print*` and `println` as in Go; reads of descriptor 0 flush
//! standard output first. The files a program opens are kept open here,
//! by descriptor.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, RawFd};

use super::super::{Engine, Runtime, Status, fmt, mem, methods, print, stack::HEADER};
use crate::bytecode::{FprintFn, OsFn, Scalar};
use crate::program::layouts;

/// The errno of an operation on a descriptor that is not open.
const EBADF: i32 = 9;
/// The errno of an invalid argument.
const EINVAL: i32 = 22;

/// What package `os` keeps for the whole run.
#[derive(Default)]
pub struct State {
    /// The cells of `os.Stdin`, `os.Stdout`, `os.Stderr` once made.
    files: [u64; 3],
    /// The files the program opened, by descriptor.
    open: HashMap<RawFd, std::fs::File>,
    /// Variables `os.Setenv` set (`Some`) or `os.Unsetenv` removed
    /// (`None`): changing the process's own environment is unsafe in Rust
    /// while other threads may read it.
    env: HashMap<String, Option<String>>,
}

impl State {
    /// Marks the standard files.
    pub fn roots(&self, m: &mut crate::runtime::mgc::Marker) {
        for &f in &self.files {
            m.pointer(f);
        }
    }
}

/// The `*os.File` for descriptor `fd` (0, 1 or 2).
fn std_file(rt: &mut Runtime, fd: usize) -> u64 {
    if rt.natives.os.files[fd] == 0 {
        let name = ["/dev/stdin", "/dev/stdout", "/dev/stderr"][fd];
        let (ptr, len) = rt.heap.alloc_string(name.as_bytes());
        rt.natives.os.files[fd] = super::cell(rt, layouts::FILE, &[fd as u64, ptr, len]);
    }
    rt.natives.os.files[fd]
}

/// The descriptor of standard output or error that the interface value
/// `w` holds (a non-nil `*os.File` open on 1 or 2): writes to it may go
/// straight to the process's output.
pub fn std_out_fd(rt: &Runtime, w: (u64, u64)) -> Option<u64> {
    let fd =
        (rt.prog.types[w.0 as usize].name == "*os.File" && w.1 != 0).then(|| mem::load(w.1, 0))?;
    matches!(fd, 1 | 2).then_some(fd)
}

/// The process's environment as `key=value` strings, in its order, with
/// the run's changes (`overrides`): changed keys in place, new ones after,
/// by name.
fn environ(overrides: &HashMap<String, Option<String>>) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (k, v) in std::env::vars_os() {
        let key = k.to_string_lossy().into_owned();
        let value = match overrides.get(&key) {
            Some(Some(set)) => set.as_bytes().to_vec(),
            Some(None) => continue,
            None => v.into_encoded_bytes(),
        };
        out.push([key.as_bytes(), b"=", &value].concat());
        seen.insert(key);
    }
    let mut added: Vec<(&String, &String)> = overrides
        .iter()
        .filter_map(|(k, v)| Some((k, v.as_ref()?)))
        .filter(|(k, _)| !seen.contains(*k))
        .collect();
    added.sort();
    for (k, v) in added {
        out.push([k.as_bytes(), b"=", v.as_bytes()].concat());
    }
    out
}

/// Reads from descriptor `fd` into `buf` (standard input after flushing
/// standard output, else a file the program opened).
pub fn read_fd(rt: &mut Runtime, fd: RawFd, buf: &mut [u8]) -> std::io::Result<usize> {
    match fd {
        0 => {
            print::flush_stdout();
            std::io::stdin().lock().read(buf)
        }
        _ => match rt.natives.os.open.get_mut(&fd) {
            Some(file) => file.read(buf),
            None => Err(std::io::Error::from_raw_os_error(EBADF)),
        },
    }
}

/// A new `[]byte` holding `bytes`, with capacity `cap`.
pub fn byte_slice(rt: &mut Runtime, bytes: &[u8], cap: usize) -> [u64; 3] {
    let cap = cap.max(bytes.len());
    if cap == 0 {
        return [rt.zerobase, 0, 0];
    }
    let data = rt.heap.alloc(cap.div_ceil(8), layouts::NOSCAN);
    mem::store_bytes(data, bytes);
    [data, bytes.len() as u64, cap as u64]
}

/// The bytes of the `[]byte` `(ptr, len)`.
pub fn slice_bytes(ptr: u64, len: u64) -> Vec<u8> {
    mem::bytes(ptr, len).to_vec()
}

/// The errno of a failed system call (`EINVAL` when the failure is
/// Rust's own, as for a name holding a NUL byte).
fn errno(e: &std::io::Error) -> u64 {
    e.raw_os_error().unwrap_or(EINVAL) as u64
}

/// 0 for success, else the errno.
fn status(r: std::io::Result<()>) -> u64 {
    r.err().map_or(0, |e| errno(&e))
}

/// Go's `fs.FileMode` type bits for a file type.
fn type_mode(ft: std::fs::FileType) -> u64 {
    use std::os::unix::fs::FileTypeExt;
    let bit = |k: u32| 1u64 << k;
    [
        (ft.is_dir(), bit(31)),
        (ft.is_symlink(), bit(27)),
        (ft.is_block_device(), bit(26)),
        (ft.is_char_device(), bit(26) | bit(21)),
        (ft.is_fifo(), bit(25)),
        (ft.is_socket(), bit(24)),
    ]
    .into_iter()
    .filter(|&(is, _)| is)
    .fold(0, |mode, (_, b)| mode | b)
}

/// Go's `fs.FileMode` bits for a file's metadata.
fn file_mode(meta: &std::fs::Metadata) -> u64 {
    use std::os::unix::fs::PermissionsExt;
    let unix = u64::from(meta.permissions().mode());
    let mut mode = type_mode(meta.file_type()) | (unix & 0o777);
    // setuid, setgid and sticky.
    for (unix_bit, go_bit) in [(0o4000, 23), (0o2000, 22), (0o1000, 20)] {
        if unix & unix_bit != 0 {
            mode |= 1 << go_bit;
        }
    }
    mode
}

/// A new `[]string` of `strs`.
fn string_slice(rt: &mut Runtime, strs: &[impl AsRef<[u8]>]) -> [u64; 3] {
    let data = rt.heap.alloc(2 * strs.len().max(1), layouts::STRING);
    for (i, s) in strs.iter().enumerate() {
        let (ptr, len) = rt.heap.alloc_string(s.as_ref());
        mem::store(data, 2 * i, ptr);
        mem::store(data, 2 * i + 1, len);
    }
    [data, strs.len() as u64, strs.len() as u64]
}

/// Runs `os` function `f` in the frame at `base` (results first, then
/// parameters).
pub fn call(rt: &mut Runtime, f: OsFn, base: usize) -> Status {
    use OsFn::*;
    let results = match f {
        Stdin | Stdout | Stderr | Getpid | Close | Mkdir | Remove | RemoveAll | Fastrand
        | Rename | Fsync | Chdir | Chmod | Truncate | Ftruncate | Symlink => 1,
        Setenv | Unsetenv => 0,
        Getenv | Open | Read | Write | Seek | Pread | Pwrite => 2,
        Args | LookupEnv | Stat | Getwd | Environ | Readlink => 3,
        ReadDir => 7,
    };
    let at = base + HEADER + results;
    let p: Vec<u64> = rt.g.stack.slots[at..at + 5].to_vec();
    let str_at = |i: usize| String::from_utf8_lossy(mem::bytes(p[i], p[i + 1])).into_owned();
    let out: Vec<u64> = match f {
        Args => {
            let args = rt.args.clone();
            string_slice(rt, &args).to_vec()
        }
        Stdin => vec![std_file(rt, 0)],
        Stdout => vec![std_file(rt, 1)],
        Stderr => vec![std_file(rt, 2)],
        Getenv | LookupEnv => {
            let key = str_at(0);
            let v = match rt.natives.os.env.get(&key) {
                Some(set) => set.clone().map(Vec::from),
                None => std::env::var_os(&key).map(|v| v.into_encoded_bytes()),
            };
            let (ptr, len) = rt.heap.alloc_string(v.as_deref().unwrap_or(b""));
            let mut out = vec![ptr, len];
            if f == LookupEnv {
                out.push(u64::from(v.is_some()));
            }
            out
        }
        Getpid => vec![u64::from(std::process::id())],
        Environ => {
            let env = environ(&rt.natives.os.env);
            string_slice(rt, &env).to_vec()
        }
        Open => {
            use std::os::unix::fs::OpenOptionsExt;
            let flag = p[2] as i32;
            // The access mode through Rust's options, the other flags
            // (O_CREAT, O_EXCL, O_TRUNC, O_APPEND, ...) as they are.
            let access = flag & 3;
            let opened = std::fs::OpenOptions::new()
                .read(access != 1)
                .write(access != 0)
                .custom_flags(flag & !3)
                .mode(p[3] as u32)
                .open(str_at(0));
            match opened {
                Ok(file) => {
                    let fd = file.as_raw_fd();
                    rt.natives.os.open.insert(fd, file);
                    vec![fd as u64, 0]
                }
                Err(e) => vec![0, errno(&e)],
            }
        }
        Read => {
            let (fd, buf, len) = (p[0] as i64, p[1], p[2] as usize);
            let mut tmp = vec![0u8; len];
            let r = match RawFd::try_from(fd) {
                Ok(fd) => read_fd(rt, fd, &mut tmp),
                Err(_) => Err(std::io::Error::from_raw_os_error(EBADF)),
            };
            match r {
                Ok(n) => {
                    mem::store_bytes(buf, &tmp[..n]);
                    vec![n as u64, 0]
                }
                Err(e) => vec![0, errno(&e)],
            }
        }
        Write => {
            let (fd, bytes) = (p[0] as i64, slice_bytes(p[1], p[2]));
            let r = match (fd, rt.natives.os.open.get_mut(&(fd as RawFd))) {
                (1, _) => {
                    print::stdout(&bytes);
                    Ok(())
                }
                (2, _) => {
                    print::stderr(&bytes);
                    Ok(())
                }
                (_, Some(file)) => file.write_all(&bytes),
                (_, None) => Err(std::io::Error::from_raw_os_error(EBADF)),
            };
            match r {
                Ok(()) => vec![bytes.len() as u64, 0],
                Err(e) => vec![0, errno(&e)],
            }
        }
        Close => {
            // Dropping the file closes it; the standard files stay open.
            let fd = p[0] as i64 as RawFd;
            let known = fd <= 2 || rt.natives.os.open.remove(&fd).is_some();
            vec![if known { 0 } else { EBADF as u64 }]
        }
        Mkdir => {
            use std::os::unix::fs::DirBuilderExt;
            let r = std::fs::DirBuilder::new()
                .mode(p[2] as u32)
                .create(str_at(0));
            vec![status(r)]
        }
        Remove => {
            // Go's choice: unlink's error, unless rmdir's says more than
            // that the name is not a directory.
            const ENOTDIR: u64 = 20;
            let name = str_at(0);
            let r = match std::fs::remove_file(&name) {
                Ok(()) => 0,
                Err(e) => match std::fs::remove_dir(&name) {
                    Ok(()) => 0,
                    Err(e1) if errno(&e1) != ENOTDIR => errno(&e1),
                    Err(_) => errno(&e),
                },
            };
            vec![r]
        }
        RemoveAll => {
            let path = str_at(0);
            let r = match std::fs::symlink_metadata(&path) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(&path),
                _ => std::fs::remove_file(&path),
            };
            vec![status(r)]
        }
        Stat => {
            let name = str_at(0);
            let meta = if p[2] != 0 {
                std::fs::metadata(&name)
            } else {
                std::fs::symlink_metadata(&name)
            };
            match meta {
                Ok(m) => vec![m.len(), file_mode(&m), 0],
                Err(e) => vec![0, 0, errno(&e)],
            }
        }
        Fastrand => vec![rt.sched.randn(1 << 32) as u64],
        Rename => vec![status(std::fs::rename(str_at(0), str_at(2)))],
        Seek => {
            use std::io::{Seek, SeekFrom};
            let (offset, whence) = (p[1] as i64, p[2]);
            let to = match whence {
                0 if offset >= 0 => Some(SeekFrom::Start(offset as u64)),
                1 => Some(SeekFrom::Current(offset)),
                2 => Some(SeekFrom::End(offset)),
                _ => None,
            };
            let r = match (to, rt.natives.os.open.get_mut(&(p[0] as i64 as RawFd))) {
                (Some(to), Some(file)) => file.seek(to),
                (None, _) => Err(std::io::Error::from_raw_os_error(EINVAL)),
                (_, None) => Err(std::io::Error::from_raw_os_error(EBADF)),
            };
            match r {
                Ok(at) => vec![at, 0],
                Err(e) => vec![0, errno(&e)],
            }
        }
        Fsync => {
            let r = match rt.natives.os.open.get(&(p[0] as i64 as RawFd)) {
                Some(file) => file.sync_all(),
                None => Ok(()),
            };
            vec![status(r)]
        }
        ReadDir => {
            let entries = std::fs::read_dir(str_at(0)).and_then(|dir| {
                let mut entries = dir
                    .map(|e| {
                        let e = e?;
                        Ok((
                            e.file_name().into_encoded_bytes(),
                            type_mode(e.file_type()?),
                        ))
                    })
                    .collect::<std::io::Result<Vec<_>>>()?;
                entries.sort();
                Ok(entries)
            });
            match entries {
                Ok(entries) => {
                    let names: Vec<&[u8]> = entries.iter().map(|(n, _)| &n[..]).collect();
                    let names = string_slice(rt, &names);
                    let types: Vec<u64> = entries.iter().map(|&(_, t)| t).collect();
                    let types = super::packed(rt, &types, Scalar::U32);
                    let n = entries.len() as u64;
                    vec![names[0], names[1], names[2], types, n, n, 0]
                }
                Err(e) => vec![0, 0, 0, 0, 0, 0, errno(&e)],
            }
        }
        Getwd => match std::env::current_dir() {
            Ok(dir) => {
                let (ptr, len) = rt.heap.alloc_string(dir.as_os_str().as_encoded_bytes());
                vec![ptr, len, 0]
            }
            Err(e) => vec![0, 0, errno(&e)],
        },
        Chdir => vec![status(std::env::set_current_dir(str_at(0)))],
        Readlink => match std::fs::read_link(str_at(0)) {
            Ok(target) => {
                let (ptr, len) = rt.heap.alloc_string(target.as_os_str().as_encoded_bytes());
                vec![ptr, len, 0]
            }
            Err(e) => vec![0, 0, errno(&e)],
        },
        Symlink => vec![status(std::os::unix::fs::symlink(str_at(0), str_at(2)))],
        Chmod => {
            use std::os::unix::fs::PermissionsExt;
            let perms = std::fs::Permissions::from_mode(p[2] as u32);
            vec![status(std::fs::set_permissions(str_at(0), perms))]
        }
        Truncate => {
            let r = std::fs::OpenOptions::new()
                .write(true)
                .open(str_at(0))
                .and_then(|f| f.set_len(p[2]));
            vec![status(r)]
        }
        Setenv => {
            let (key, value) = (str_at(0), str_at(2));
            rt.natives.os.env.insert(key, Some(value));
            vec![]
        }
        Unsetenv => {
            rt.natives.os.env.insert(str_at(0), None);
            vec![]
        }
        Pread | Pwrite => {
            use std::os::unix::fs::FileExt;
            let (buf, len, off) = (p[1], p[2] as usize, p[4]);
            let r = match rt.natives.os.open.get(&(p[0] as i64 as RawFd)) {
                Some(file) if f == Pread => {
                    let mut tmp = vec![0u8; len];
                    file.read_at(&mut tmp, off).inspect(|&n| {
                        mem::store_bytes(buf, &tmp[..n]);
                    })
                }
                Some(file) => file.write_at(&slice_bytes(buf, len as u64), off),
                None => Err(std::io::Error::from_raw_os_error(EBADF)),
            };
            match r {
                Ok(n) => vec![n as u64, 0],
                Err(e) => vec![0, errno(&e)],
            }
        }
        Ftruncate => {
            let r = match rt.natives.os.open.get(&(p[0] as i64 as RawFd)) {
                Some(file) => file.set_len(p[1]),
                None => Err(std::io::Error::from_raw_os_error(EBADF)),
            };
            vec![status(r)]
        }
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
    Status::Ok
}

/// `fmt.Fprint*(w, ...)`: formats as `Print*` does and writes to `w`,
/// standard output and error directly, any other writer through its
/// `Write` method.
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
    let print = |rt: &Runtime, texts: &methods::MethodTexts| match f {
        FprintFn::Fprint => fmt::sprint(rt, texts, args, n),
        FprintFn::Fprintln => fmt::sprintln(rt, texts, args, n),
        FprintFn::Fprintf => {
            let (p, len) = format.expect("Fprintf has a format");
            fmt::sprintf(rt, texts, mem::bytes(p, len), args, n)
        }
    };
    // The calls run above the arguments, which keep the operands alive.
    let above = base + HEADER + args_at + 3;
    let out = match super::fmt_state::with_method_calls(rt, engine, above, caller, print) {
        Ok(out) => out,
        Err(st) => return st,
    };
    let result: [u64; 3] = match std_out_fd(rt, w) {
        Some(1) => {
            print::stdout(&out);
            [out.len() as u64, 0, 0]
        }
        Some(_) => {
            print::stderr(&out);
            [out.len() as u64, 0, 0]
        }
        None => {
            let slice = byte_slice(rt, &out, out.len());
            match methods::call_method(rt, engine, w, "Write", &slice, 3, base, caller) {
                Ok(Some(r)) => [r[0], r[1], r[2]],
                Ok(None) => [0, 0, 0],
                Err(st) => return st,
            }
        }
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + 3].copy_from_slice(&result);
    Status::Ok
}
