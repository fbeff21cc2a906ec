//! Package `bufio`: `Scanner`, `Reader` and `Writer` over any `io.Reader`
//! or `io.Writer`.
//!
//! A `*bufio.Scanner` (or `Reader`, `Writer`) points at a cell holding a
//! handle on the runtime's state for it (`State`). Standard input and
//! output are read and written directly; other readers and writers through
//! their `Read` and `Write` methods, called on the running engine. Buffer
//! sizes and the order of writes follow Go's, so output interleaves as Go's
//! does.

use super::super::{Engine, Runtime, Status, mem, methods, print, stack::HEADER};
use super::errors::eof;
use super::new_error;
use super::os::{self, byte_slice, slice_bytes, std_out_fd};
use crate::bytecode::BufioFn;

/// An interface value: type word and data word.
type Iface = (u64, u64);

/// Go's default buffer size for readers and writers.
const DEFAULT_SIZE: usize = 4096;
/// Go's `bufio.MaxScanTokenSize`.
const MAX_TOKEN: usize = 64 * 1024;

/// How a scanner splits its input.
#[derive(Clone, Copy)]
enum Split {
    Lines,
    Words,
    Runes,
    Bytes,
    /// The program's own split function (a closure).
    Func(u64),
}

/// Bytes read from a reader and not consumed yet.
#[derive(Default)]
struct Input {
    buf: Vec<u8>,
    start: usize,
    /// Bytes of the rune or byte the last ReadRune or ReadByte gave (0
    /// after any other operation): what UnreadRune and UnreadByte take back.
    last: usize,
    eof: bool,
    /// A read error other than EOF.
    err: Option<[u64; 2]>,
}

struct Scanner {
    src: Iface,
    input: Input,
    split: Split,
    max_token: usize,
    token: Vec<u8>,
    /// Scanning stopped with this error (token too long, a split error).
    err: Option<[u64; 2]>,
    done: bool,
}

struct Writer {
    dst: Iface,
    /// The buffer's size: it holds at most this many bytes.
    size: usize,
    buf: Vec<u8>,
    err: Option<[u64; 2]>,
}

enum Buf {
    Scanner(Scanner),
    Reader(Iface, Input),
    Writer(Writer),
}

/// The state of every scanner, reader and writer of the run.
#[derive(Default)]
pub struct State {
    /// Boxed: a call takes its state out while it may call Go code.
    bufs: Vec<Option<Box<Buf>>>,
}

impl State {
    /// Marks the readers, writers, split functions and errors every
    /// scanner, reader and writer holds.
    pub fn roots(&self, m: &mut crate::runtime::mgc::Marker) {
        for b in self.bufs.iter().flatten() {
            let (src, errs) = match &**b {
                Buf::Scanner(s) => {
                    if let Split::Func(f) = s.split {
                        m.word(f);
                    }
                    (s.src, [s.input.err, s.err])
                }
                Buf::Reader(src, input) => (*src, [input.err, None]),
                Buf::Writer(w) => (w.dst, [w.err, None]),
            };
            m.words(&[src.0, src.1]);
            for e in errs.iter().flatten() {
                m.words(e);
            }
        }
    }
}

/// Runs `bufio` function or method `f` in the frame at `base` (results
/// first, then parameters), called from `caller`.
pub fn call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: BufioFn,
    base: usize,
    caller: usize,
) -> Status {
    use BufioFn::*;
    // Result words: bool, int and pointers 1; string and error 2; a
    // []byte or (int, error) or (byte, error) 3; (string, error) and
    // (rune, int, error) 4; ([]byte, error) 5; a split function's 6.
    let results = match f {
        NewScanner | NewReader | NewWriter | NewWriterSize | ScannerScan | WriterBuffered
        | WriterAvailable | WriterSize => 1,
        ScannerText | ScannerErr | WriterWriteByte | WriterFlush | ReaderUnreadRune
        | ReaderUnreadByte => 2,
        ScannerBytes | WriterWriteString | WriterWrite | WriterWriteRune | ReaderReadByte
        | ReaderRead => 3,
        ScannerSplit | ScannerBuffer => 0,
        ReaderReadString | ReaderReadRune => 4,
        ReaderReadBytes => 5,
        ScanLines | ScanWords | ScanRunes | ScanBytes => 6,
    };
    let at = base + HEADER + results;
    let p: Vec<u64> = rt.g.stack.slots[at..at + 6].to_vec();
    let out = match f {
        NewScanner | NewReader | NewWriter | NewWriterSize => {
            let src = (p[0], p[1]);
            let state = match f {
                NewScanner => Buf::Scanner(Scanner {
                    src,
                    input: Input::default(),
                    split: Split::Lines,
                    max_token: MAX_TOKEN,
                    token: Vec::new(),
                    err: None,
                    done: false,
                }),
                NewReader => Buf::Reader(src, Input::default()),
                _ => Buf::Writer(Writer {
                    dst: src,
                    // Go's default for a size that is not positive.
                    size: match (f, p[2] as i64) {
                        (NewWriterSize, n) if n > 0 => n as usize,
                        _ => DEFAULT_SIZE,
                    },
                    buf: Vec::new(),
                    err: None,
                }),
            };
            rt.natives.bufio.bufs.push(Some(Box::new(state)));
            let handle = rt.natives.bufio.bufs.len() as u64;
            Ok(vec![super::cell(rt, &[handle])])
        }
        ScanLines | ScanWords | ScanRunes | ScanBytes => {
            // Called directly: the same splitting, on a []byte.
            let data = slice_bytes(p[0], p[1]);
            let split = match f {
                ScanLines => Split::Lines,
                ScanWords => Split::Words,
                ScanRunes => Split::Runes,
                _ => Split::Bytes,
            };
            let (advance, token) = native_split(split, &data, p[3] != 0).unwrap_or((0, None));
            let token = match token {
                Some(t) => byte_slice(rt, &t, t.len()),
                None => [0, 0, 0],
            };
            Ok(vec![advance as u64, token[0], token[1], token[2], 0, 0])
        }
        _ => method(rt, engine, f, &p, base, caller),
    };
    match out {
        Ok(words) => {
            rt.g.stack.slots[base + HEADER..base + HEADER + words.len()].copy_from_slice(&words);
            Status::Ok
        }
        Err(st) => st,
    }
}

/// A method of a `*Scanner`, `*Reader` or `*Writer`: its state is taken out
/// of the table while it runs (it may call Go code).
fn method(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: BufioFn,
    p: &[u64],
    base: usize,
    caller: usize,
) -> Result<Vec<u64>, Status> {
    use BufioFn::*;
    if p[0] == 0 {
        return Err(super::super::panic::nil_deref(rt, engine, caller));
    }
    let handle = mem::load(p[0], 0) as usize;
    let Some(mut state) = rt
        .natives
        .bufio
        .bufs
        .get_mut(handle.wrapping_sub(1))
        .and_then(Option::take)
    else {
        // A zero Scanner/Reader/Writer, not made by bufio.New*: Go's
        // methods dereference its nil fields.
        return Err(super::super::panic::nil_deref(rt, engine, caller));
    };
    if let Buf::Reader(_, input) = &mut *state
        && !matches!(f, ReaderUnreadRune | ReaderUnreadByte)
    {
        input.last = 0;
    }
    let out = match (&mut *state, f) {
        (Buf::Scanner(s), ScannerScan) => {
            scan(rt, engine, s, base, caller).map(|b| vec![u64::from(b)])
        }
        (Buf::Scanner(s), ScannerText) => {
            let (ptr, len) = rt.heap.alloc_string(&s.token);
            Ok(vec![ptr, len])
        }
        (Buf::Scanner(s), ScannerBytes) => Ok(byte_slice(rt, &s.token, s.token.len()).to_vec()),
        (Buf::Scanner(s), ScannerErr) => Ok(s.err.or(s.input.err).unwrap_or([0, 0]).to_vec()),
        (Buf::Scanner(s), ScannerSplit) => {
            let closure = p[1];
            let func = mem::load(closure, 0) as usize;
            s.split = match rt.prog.funcs.get(func).map(|f| f.name.as_str()) {
                Some("bufio.ScanLines-fm") => Split::Lines,
                Some("bufio.ScanWords-fm") => Split::Words,
                Some("bufio.ScanRunes-fm") => Split::Runes,
                Some("bufio.ScanBytes-fm") => Split::Bytes,
                _ => Split::Func(closure),
            };
            Ok(vec![])
        }
        (Buf::Scanner(s), ScannerBuffer) => {
            s.max_token = p[4] as usize;
            Ok(vec![])
        }
        (Buf::Reader(src, input), ReaderReadString | ReaderReadBytes) => {
            let delim = p[1] as u8;
            read_until(rt, engine, *src, input, delim, base, caller).map(|(bytes, err)| {
                let mut out = if f == ReaderReadString {
                    let (ptr, len) = rt.heap.alloc_string(&bytes);
                    vec![ptr, len]
                } else {
                    byte_slice(rt, &bytes, bytes.len()).to_vec()
                };
                out.extend(err.unwrap_or([0, 0]));
                out
            })
        }
        (Buf::Reader(src, input), ReaderRead) => {
            let (dst, want) = (p[1], p[2] as usize);
            read_into(rt, engine, *src, input, dst, want, base, caller)
        }
        (Buf::Reader(src, input), ReaderReadByte | ReaderReadRune) => {
            read_rune(rt, engine, *src, input, f == ReaderReadByte, base, caller)
        }
        (Buf::Reader(_, input), ReaderUnreadRune | ReaderUnreadByte) => {
            let back = if f == ReaderUnreadByte { 1 } else { input.last };
            if input.last == 0 || input.start < back {
                let what = if f == ReaderUnreadByte {
                    "UnreadByte"
                } else {
                    "UnreadRune"
                };
                let text = rt
                    .heap
                    .alloc_string(format!("bufio: invalid use of {what}").as_bytes());
                Ok(new_error(rt, text).to_vec())
            } else {
                input.start -= back;
                input.last = 0;
                Ok(vec![0, 0])
            }
        }
        (Buf::Writer(w), WriterWriteString | WriterWrite | WriterWriteByte | WriterWriteRune) => {
            let bytes = match f {
                WriterWriteString => mem::bytes(p[1], p[2]).to_vec(),
                WriterWrite => slice_bytes(p[1], p[2]),
                WriterWriteByte => vec![p[1] as u8],
                _ => {
                    let c = char::from_u32(p[1] as u32).unwrap_or(char::REPLACEMENT_CHARACTER);
                    c.to_string().into_bytes()
                }
            };
            write(rt, engine, w, &bytes, f, base, caller).map(|(n, err)| {
                let err = err.unwrap_or([0, 0]);
                if f == WriterWriteByte {
                    err.to_vec()
                } else {
                    vec![n as u64, err[0], err[1]]
                }
            })
        }
        (Buf::Writer(w), WriterFlush) => {
            flush(rt, engine, w, base, caller).map(|e| e.unwrap_or([0, 0]).to_vec())
        }
        (Buf::Writer(w), WriterBuffered) => Ok(vec![w.buf.len() as u64]),
        (Buf::Writer(w), WriterAvailable) => Ok(vec![(w.size - w.buf.len()) as u64]),
        (Buf::Writer(w), WriterSize) => Ok(vec![w.size as u64]),
        _ => unreachable!("{} on another bufio type", f.name()),
    };
    rt.natives.bufio.bufs[handle - 1] = Some(state);
    out
}

/// Reads more of `src` into `input`: an open `*os.File` (standard input
/// included) directly, anything else through its `Read` method.
fn fill(
    rt: &mut Runtime,
    engine: &dyn Engine,
    src: Iface,
    input: &mut Input,
    base: usize,
    caller: usize,
) -> Result<(), Status> {
    if input.start > 0 {
        input.buf.drain(..input.start);
        input.start = 0;
    }
    if let Some(fd) = os::file_fd(rt, src) {
        let mut tmp = [0u8; DEFAULT_SIZE];
        match os::read_fd(rt, fd, &mut tmp) {
            Ok(0) => input.eof = true,
            Ok(n) => input.buf.extend_from_slice(&tmp[..n]),
            // The file's Read method makes Go's error value.
            Err(_) if fd != 0 => return fill_by_method(rt, engine, src, input, base, caller),
            Err(_) => input.eof = true,
        }
        return Ok(());
    }
    fill_by_method(rt, engine, src, input, base, caller)
}

/// Reads more of `src` into `input` through its `Read` method.
fn fill_by_method(
    rt: &mut Runtime,
    engine: &dyn Engine,
    src: Iface,
    input: &mut Input,
    base: usize,
    caller: usize,
) -> Result<(), Status> {
    let slice = byte_slice(rt, &[0; DEFAULT_SIZE], DEFAULT_SIZE);
    let r = methods::call_method(rt, engine, src, "Read", &slice, 3, base, caller)?;
    let Some(r) = r else {
        input.eof = true;
        return Ok(());
    };
    let n = (r[0] as usize).min(DEFAULT_SIZE);
    input.buf.extend(slice_bytes(slice[0], n as u64));
    if r[1] != 0 {
        input.eof = true;
        if [r[1], r[2]] != eof(rt) {
            input.err = Some([r[1], r[2]]);
        }
    }
    Ok(())
}

/// The bytes a UTF-8 sequence starting with `b` has.
fn utf8_len(b: u8) -> usize {
    match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Go's `ScanLines`, `ScanWords`, `ScanRunes`, `ScanBytes` on `data`: the
/// bytes to advance and the token, or `None` to read more first.
fn native_split(split: Split, data: &[u8], at_eof: bool) -> Option<(usize, Option<Vec<u8>>)> {
    let drop_cr = |t: &[u8]| t.strip_suffix(b"\r").unwrap_or(t).to_vec();
    match split {
        Split::Lines => {
            if at_eof && data.is_empty() {
                return None;
            }
            if let Some(i) = data.iter().position(|&b| b == b'\n') {
                return Some((i + 1, Some(drop_cr(&data[..i]))));
            }
            (at_eof).then(|| (data.len(), Some(drop_cr(data))))
        }
        Split::Words => {
            let decode = super::super::strings::decode_rune;
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
                    return Some((i + w, Some(data[start..i].to_vec())));
                }
                i += w;
            }
            if at_eof && data.len() > start {
                return Some((data.len(), Some(data[start..].to_vec())));
            }
            (start > 0).then_some((start, None))
        }
        Split::Runes => {
            let first = *data.first()?;
            if first < 0x80 {
                return Some((1, Some(vec![first])));
            }
            let (r, w) = super::super::strings::decode_rune(data);
            if r == 0xFFFD && w == 1 && !at_eof && data.len() < utf8_len(first) {
                return None;
            }
            let token = if r == 0xFFFD && w == 1 {
                "\u{FFFD}".as_bytes().to_vec()
            } else {
                data[..w].to_vec()
            };
            Some((w, Some(token)))
        }
        Split::Bytes => data.first().map(|&b| (1, Some(vec![b]))),
        Split::Func(_) => unreachable!("native splits only"),
    }
}

/// `Scanner.Scan`: the next token, reading as needed.
fn scan(
    rt: &mut Runtime,
    engine: &dyn Engine,
    s: &mut Scanner,
    base: usize,
    caller: usize,
) -> Result<bool, Status> {
    if s.done {
        return Ok(false);
    }
    loop {
        let data = &s.input.buf[s.input.start..];
        let at_eof = s.input.eof;
        let step = match s.split {
            Split::Func(closure) => {
                call_split(rt, engine, closure, data.to_vec(), at_eof, base, caller)?
            }
            split => Ok(native_split(split, data, at_eof)),
        };
        match step {
            Err(e) => {
                s.err = Some(e);
                s.done = true;
                return Ok(false);
            }
            Ok(Some((advance, token))) => {
                s.input.start += advance.min(s.input.buf.len() - s.input.start);
                if let Some(t) = token {
                    s.token = t;
                    return Ok(true);
                }
                if advance > 0 {
                    continue;
                }
            }
            Ok(None) => {}
        }
        if s.input.eof {
            s.done = true;
            s.token.clear();
            return Ok(false);
        }
        if s.input.buf.len() - s.input.start >= s.max_token {
            let text = rt.heap.alloc_string(b"bufio.Scanner: token too long");
            s.err = Some(new_error(rt, text));
            s.done = true;
            s.token.clear();
            return Ok(false);
        }
        fill(rt, engine, s.src, &mut s.input, base, caller)?;
    }
}

/// Calls the program's split function on `data`: `Ok(None)` asks for more
/// input, `Err` is the error it returned.
#[allow(clippy::type_complexity)]
fn call_split(
    rt: &mut Runtime,
    engine: &dyn Engine,
    closure: u64,
    data: Vec<u8>,
    at_eof: bool,
    base: usize,
    caller: usize,
) -> Result<Result<Option<(usize, Option<Vec<u8>>)>, [u64; 2]>, Status> {
    let slice = byte_slice(rt, &data, data.len());
    // Results: advance (1), token (3), err (2); then data (3), atEOF (1).
    let at = base + HEADER + 6;
    rt.g.stack.slots[at..at + 3].copy_from_slice(&slice);
    rt.g.stack.slots[at + 3] = u64::from(at_eof);
    if rt.call_from_native(engine, closure, base, caller) == Status::Unwind {
        return Err(Status::Unwind);
    }
    let r: Vec<u64> = rt.g.stack.slots[base + HEADER..base + HEADER + 6].to_vec();
    if r[4] != 0 {
        return Ok(Err([r[4], r[5]]));
    }
    let advance = r[0] as usize;
    let token = (r[1] != 0 || r[2] != 0).then(|| slice_bytes(r[1], r[2]));
    if advance == 0 && token.is_none() {
        return Ok(Ok(None));
    }
    Ok(Ok(Some((advance, token))))
}

/// `Reader.ReadString` and `ReadBytes`: the bytes up to and including
/// `delim`, or to the end with the error that stopped the reading.
fn read_until(
    rt: &mut Runtime,
    engine: &dyn Engine,
    src: Iface,
    input: &mut Input,
    delim: u8,
    base: usize,
    caller: usize,
) -> Result<(Vec<u8>, Option<[u64; 2]>), Status> {
    loop {
        let data = &input.buf[input.start..];
        if let Some(i) = data.iter().position(|&b| b == delim) {
            let line = data[..=i].to_vec();
            input.start += i + 1;
            return Ok((line, None));
        }
        if input.eof {
            let rest = data.to_vec();
            input.start = input.buf.len();
            return Ok((rest, Some(input.err.unwrap_or_else(|| eof(rt)))));
        }
        fill(rt, engine, src, input, base, caller)?;
    }
}

/// `Reader.Read(p)`: what is buffered (reading once first when nothing
/// is) copied into the `want` bytes at `dst`, as (n, err).
#[allow(clippy::too_many_arguments)]
fn read_into(
    rt: &mut Runtime,
    engine: &dyn Engine,
    src: Iface,
    input: &mut Input,
    dst: u64,
    want: usize,
    base: usize,
    caller: usize,
) -> Result<Vec<u64>, Status> {
    if want == 0 {
        return Ok(vec![0, 0, 0]);
    }
    if input.start == input.buf.len() && !input.eof {
        fill(rt, engine, src, input, base, caller)?;
    }
    let data = &input.buf[input.start..];
    if data.is_empty() {
        let err = input.err.unwrap_or_else(|| eof(rt));
        return Ok(vec![0, err[0], err[1]]);
    }
    let n = data.len().min(want);
    mem::store_bytes(dst, &data[..n]);
    input.start += n;
    Ok(vec![n as u64, 0, 0])
}

/// `Reader.ReadByte` (`byte_only`) or `ReadRune`.
fn read_rune(
    rt: &mut Runtime,
    engine: &dyn Engine,
    src: Iface,
    input: &mut Input,
    byte_only: bool,
    base: usize,
    caller: usize,
) -> Result<Vec<u64>, Status> {
    loop {
        let data = &input.buf[input.start..];
        let need = data
            .first()
            .map_or(1, |&b| if byte_only { 1 } else { utf8_len(b) });
        if data.len() >= need || (input.eof && !data.is_empty()) {
            if byte_only {
                input.start += 1;
                input.last = 1;
                return Ok(vec![u64::from(data[0]), 0, 0]);
            }
            let (r, w) = super::super::strings::decode_rune(data);
            input.start += w;
            input.last = w;
            return Ok(vec![u64::from(r), w as u64, 0, 0]);
        }
        if input.eof {
            let err = input.err.unwrap_or_else(|| eof(rt));
            return Ok(if byte_only {
                vec![0, err[0], err[1]]
            } else {
                vec![0, 0, err[0], err[1]]
            });
        }
        fill(rt, engine, src, input, base, caller)?;
    }
}

/// Writes `bytes` to a writer's destination: standard output and error
/// directly, anything else through its `Write` (or, for `WriteString`
/// forwarding, `WriteString`) method. The count written and the error.
fn write_through(
    rt: &mut Runtime,
    engine: &dyn Engine,
    dst: Iface,
    bytes: &[u8],
    base: usize,
    caller: usize,
) -> Result<(usize, Option<[u64; 2]>), Status> {
    if let Some(fd) = std_out_fd(rt, dst) {
        if fd == 1 {
            print::stdout(bytes);
        } else {
            print::stderr(bytes);
        }
        return Ok((bytes.len(), None));
    }
    let slice = byte_slice(rt, bytes, bytes.len());
    match methods::call_method(rt, engine, dst, "Write", &slice, 3, base, caller)? {
        Some(r) => Ok((r[0] as usize, (r[1] != 0).then_some([r[1], r[2]]))),
        None => Ok((0, None)),
    }
}

/// `Writer.Flush`: writes out the buffer.
fn flush(
    rt: &mut Runtime,
    engine: &dyn Engine,
    w: &mut Writer,
    base: usize,
    caller: usize,
) -> Result<Option<[u64; 2]>, Status> {
    if w.err.is_some() {
        return Ok(w.err);
    }
    if w.buf.is_empty() {
        return Ok(None);
    }
    let (n, err) = write_through(rt, engine, w.dst, &w.buf.clone(), base, caller)?;
    let err = err.or_else(|| {
        (n < w.buf.len()).then(|| {
            let text = rt.heap.alloc_string(b"short write");
            new_error(rt, text)
        })
    });
    if let Some(e) = err {
        w.buf.drain(..n.min(w.buf.len()));
        w.err = Some(e);
        return Ok(Some(e));
    }
    w.buf.clear();
    Ok(None)
}

/// The `Write*` methods, with Go's chunking: what does not fit in the
/// buffer fills it and flushes it, and a large write into an empty buffer
/// goes straight through.
fn write(
    rt: &mut Runtime,
    engine: &dyn Engine,
    w: &mut Writer,
    bytes: &[u8],
    f: BufioFn,
    base: usize,
    caller: usize,
) -> Result<(usize, Option<[u64; 2]>), Status> {
    use BufioFn::*;
    if f == WriterWriteByte || (f == WriterWriteRune && bytes.len() == 1) {
        if w.err.is_some() {
            return Ok((0, w.err));
        }
        if w.size - w.buf.len() == 0 && flush(rt, engine, w, base, caller)?.is_some() {
            return Ok((0, w.err));
        }
        w.buf.push(bytes[0]);
        return Ok((1, None));
    }
    if f == WriterWriteRune && w.size - w.buf.len() < 4 {
        flush(rt, engine, w, base, caller)?;
        if w.err.is_some() {
            return Ok((0, w.err));
        }
    }
    let mut rest = bytes;
    let mut total = 0;
    while rest.len() > w.size - w.buf.len() && w.err.is_none() {
        let n = if w.buf.is_empty() {
            let (n, err) = write_through(rt, engine, w.dst, rest, base, caller)?;
            w.err = err;
            n
        } else {
            let n = w.size - w.buf.len();
            w.buf.extend_from_slice(&rest[..n]);
            flush(rt, engine, w, base, caller)?;
            n
        };
        total += n;
        rest = &rest[n.min(rest.len())..];
    }
    if w.err.is_some() {
        return Ok((total, w.err));
    }
    w.buf.extend_from_slice(rest);
    Ok((total + rest.len(), None))
}
