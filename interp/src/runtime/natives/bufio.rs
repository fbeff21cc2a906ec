//! The runtime side of `bufio.Scanner` (the package is Go code,
//! `gopackages/bufio.go`): a scanner of an `*os.File` split by
//! `ScanLines`, `ScanWords`, `ScanRunes` or `ScanBytes` reads the file and
//! splits it here, a token per native call, as fast as Go's compiled loop.
//! Any other scanner runs the Go code.

use super::super::{Runtime, Status, mem, stack::HEADER};
use super::os::{byte_slice, read_fd};
use crate::bytecode::BufioFn;

/// How many bytes a read asks for (Go's scanner starts with 4096).
const READ_SIZE: usize = 4096;

/// How a scanner splits its input.
#[derive(Clone, Copy)]
enum Split {
    Lines,
    Words,
    Runes,
    Bytes,
}

/// A scanner of an open file.
struct Scanner {
    fd: i32,
    split: Split,
    /// Bytes read and not consumed yet: `buf[start..]`.
    buf: Vec<u8>,
    start: usize,
    eof: bool,
    max_token: usize,
    token: Vec<u8>,
    too_long: bool,
    done: bool,
}

/// The scanners of the run, by handle - 1.
#[derive(Default)]
pub struct State {
    scanners: Vec<Scanner>,
}

/// Runs `bufio` native `f` in the frame at `base` (results first, then
/// parameters).
pub fn call(rt: &mut Runtime, f: BufioFn, base: usize) -> Status {
    let at = base + HEADER;
    let results = match f {
        BufioFn::FastBuffer => 0,
        BufioFn::FastBytes => 3,
        BufioFn::FastText => 2,
        _ => 1,
    };
    let (p0, p1) = (
        rt.g.stack.slots[at + results],
        rt.g.stack.slots[at + results + 1],
    );
    let h = (p0 as usize).wrapping_sub(1);
    let slots = |rt: &mut Runtime, out: &[u64]| {
        rt.g.stack.slots[at..at + out.len()].copy_from_slice(out);
    };
    match f {
        BufioFn::FastScanner => {
            let s = &mut rt.natives.bufio.scanners;
            s.push(Scanner {
                fd: p0 as i32,
                split: Split::Lines,
                buf: Vec::new(),
                start: 0,
                eof: false,
                max_token: 64 * 1024,
                token: Vec::new(),
                too_long: false,
                done: false,
            });
            let n = s.len() as u64;
            slots(rt, &[n]);
        }
        BufioFn::FastSplit => {
            // A function value is a closure object whose first word is the
            // function's id.
            let func = mem::load(p1, 0) as usize;
            let split = match rt.prog.funcs.get(func).map(|f| f.name.as_str()) {
                Some("bufio.ScanLines") => Some(Split::Lines),
                Some("bufio.ScanWords") => Some(Split::Words),
                Some("bufio.ScanRunes") => Some(Split::Runes),
                Some("bufio.ScanBytes") => Some(Split::Bytes),
                _ => None,
            };
            if let Some(split) = split {
                rt.natives.bufio.scanners[h].split = split;
            }
            slots(rt, &[u64::from(split.is_some())]);
        }
        BufioFn::FastBuffer => rt.natives.bufio.scanners[h].max_token = p1 as usize,
        BufioFn::FastScan => {
            let r = scan(rt, h);
            slots(rt, &[r]);
        }
        BufioFn::FastBytes => {
            let token = std::mem::take(&mut rt.natives.bufio.scanners[h].token);
            let slice = byte_slice(rt, &token, token.len());
            rt.natives.bufio.scanners[h].token = token;
            slots(rt, &slice);
        }
        BufioFn::FastText => {
            let s = rt.heap.alloc_string(&rt.natives.bufio.scanners[h].token);
            slots(rt, &[s.0, s.1]);
        }
        BufioFn::FastTooLong => {
            let r = u64::from(rt.natives.bufio.scanners[h].too_long);
            slots(rt, &[r]);
        }
    }
    Status::Ok
}

/// `Scanner.Scan` on scanner `h`: 1 with a token, 0 at the end, 2 when
/// the file failed before anything was buffered.
fn scan(rt: &mut Runtime, h: usize) -> u64 {
    loop {
        let s = &mut rt.natives.bufio.scanners[h];
        if s.done {
            return 0;
        }
        let data = &s.buf[s.start..];
        if let Some((advance, token)) = split(s.split, data, s.eof) {
            s.start += advance;
            if let Some(t) = token {
                s.token.clear();
                s.token.extend_from_slice(t.as_slice());
                return 1;
            }
            if advance > 0 {
                continue;
            }
        }
        if s.eof {
            s.done = true;
            s.token.clear();
            // Nothing more comes: give the memory back.
            s.buf = Vec::new();
            s.start = 0;
            return 0;
        }
        if s.buf.len() - s.start >= s.max_token {
            s.too_long = true;
            s.done = true;
            s.token.clear();
            return 0;
        }
        if s.start > 0 {
            s.buf.drain(..s.start);
            s.start = 0;
        }
        let fd = s.fd;
        let buffered = !s.buf.is_empty();
        let mut tmp = [0u8; READ_SIZE];
        match read_fd(rt, fd, &mut tmp) {
            Ok(0) => rt.natives.bufio.scanners[h].eof = true,
            Ok(n) => rt.natives.bufio.scanners[h]
                .buf
                .extend_from_slice(&tmp[..n]),
            Err(_) if !buffered => {
                rt.natives.bufio.scanners[h].done = true;
                return 2;
            }
            // A failing read after data: what came is scanned to its end.
            Err(_) => rt.natives.bufio.scanners[h].eof = true,
        }
    }
}

/// Token bytes: borrowed from the buffer, or made (`ScanRunes` gives
/// U+FFFD for a bad byte).
enum Token<'a> {
    Slice(&'a [u8]),
    Owned(Vec<u8>),
}

impl Token<'_> {
    fn as_slice(&self) -> &[u8] {
        match self {
            Token::Slice(s) => s,
            Token::Owned(v) => v,
        }
    }
}

/// A line without the carriage return before its newline.
fn drop_cr(t: &[u8]) -> &[u8] {
    t.strip_suffix(b"\r").unwrap_or(t)
}

/// Go's `ScanLines`, `ScanWords`, `ScanRunes`, `ScanBytes` on `data`: the
/// bytes to advance and the token, or `None` to read more first.
fn split(split: Split, data: &[u8], at_eof: bool) -> Option<(usize, Option<Token<'_>>)> {
    let decode = super::super::strings::decode_rune;
    match split {
        Split::Lines => {
            if at_eof && data.is_empty() {
                return None;
            }
            if let Some(i) = data.iter().position(|&b| b == b'\n') {
                return Some((i + 1, Some(Token::Slice(drop_cr(&data[..i])))));
            }
            at_eof.then(|| (data.len(), Some(Token::Slice(drop_cr(data)))))
        }
        Split::Words => {
            let is_space = super::strings::is_space;
            let mut start = 0;
            while start < data.len() {
                let (r, w) = decode(&data[start..]);
                if !is_space(r) {
                    break;
                }
                start += w;
            }
            let mut i = start;
            while i < data.len() {
                let (r, w) = decode(&data[i..]);
                if is_space(r) {
                    return Some((i + w, Some(Token::Slice(&data[start..i]))));
                }
                i += w;
            }
            if at_eof && data.len() > start {
                return Some((data.len(), Some(Token::Slice(&data[start..]))));
            }
            (start > 0).then_some((start, None))
        }
        Split::Runes => {
            let first = *data.first()?;
            if first < 0x80 {
                return Some((1, Some(Token::Slice(&data[..1]))));
            }
            let (r, w) = decode(data);
            let wants = match first {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            if r == 0xFFFD && w == 1 && !at_eof && data.len() < wants {
                return None;
            }
            if r == 0xFFFD && w == 1 {
                return Some((1, Some(Token::Owned("\u{FFFD}".as_bytes().to_vec()))));
            }
            Some((w, Some(Token::Slice(&data[..w]))))
        }
        Split::Bytes => (!data.is_empty()).then(|| (1, Some(Token::Slice(&data[..1])))),
    }
}
