//! fmt's scanning: `Scan`, `Scanln`, `Scanf` from standard input and
//! `Sscan`, `Sscanln`, `Sscanf` from a string, storing into the pointers
//! given, with Go's rules for spaces, newlines and tokens and its error
//! texts.
//!
//! Standard input is read a byte at a time, as Go's fmt reads an
//! `*os.File`, so nothing past what is scanned is consumed.

use std::io::Read;

use super::super::{Runtime, Status, mem, print, stack::HEADER};
use super::errors::eof;
use super::{Engine, new_error};
use crate::bytecode::ScanFn;
use crate::program::RtKind;

/// Where the runes come from.
struct Input<'a> {
    text: Option<&'a [u8]>,
    pos: usize,
    /// A byte read from standard input and given back.
    pending: Option<u8>,
    /// How many more runes the operand being scanned may take (a verb's
    /// width).
    limit: Option<usize>,
}

impl Input<'_> {
    /// The next byte; at the width's end, only the rest of a rune begun.
    fn peek(&mut self) -> Option<u8> {
        let b = match self.text {
            Some(t) => t.get(self.pos).copied(),
            None => {
                if self.pending.is_none() {
                    let mut b = [0u8; 1];
                    print::flush_stdout();
                    if let Ok(1) = std::io::stdin().lock().read(&mut b) {
                        self.pending = Some(b[0]);
                    }
                }
                self.pending
            }
        }?;
        let starts_rune = b & 0xC0 != 0x80;
        (self.limit != Some(0) || !starts_rune).then_some(b)
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        if self.text.is_some() {
            self.pos += 1;
        } else {
            self.pending = None;
        }
        // A rune's first byte counts against the width.
        if b & 0xC0 != 0x80
            && let Some(n) = &mut self.limit
        {
            *n -= 1;
        }
        Some(b)
    }

    /// Skips spaces; newlines too when `newlines`. Returns whether it
    /// stopped at a newline it may not pass.
    fn skip_space(&mut self, newlines: bool) -> bool {
        while let Some(b) = self.peek() {
            match b {
                b'\r'
                    if self
                        .text
                        .is_some_and(|t| t.get(self.pos + 1) == Some(&b'\n')) =>
                {
                    self.next();
                }
                b'\n' if !newlines => return true,
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => {
                    self.next();
                }
                _ => break,
            }
        }
        false
    }

    /// Takes bytes while `ok` holds.
    fn take_while(&mut self, mut ok: impl FnMut(u8) -> bool) -> String {
        let mut out = String::new();
        while let Some(b) = self.peek() {
            if !ok(b) {
                break;
            }
            out.push(self.next().expect("peeked") as char);
        }
        out
    }

    fn accept(&mut self, set: &[u8]) -> Option<u8> {
        let b = self.peek()?;
        if set.contains(&b) { self.next() } else { None }
    }
}

/// Why scanning stopped.
enum Stop {
    /// The input ended (before anything, or in the middle).
    Eof,
    Msg(String),
}

/// Runs scanning function `f` in the frame at `base` (results first, then
/// parameters).
pub fn call(
    rt: &mut Runtime,
    _engine: &dyn Engine,
    f: ScanFn,
    base: usize,
    _caller: usize,
) -> Status {
    let s = rt.g.stack.slots[base + HEADER..base + HEADER + 10].to_vec();
    // Results (n, err), then [string], [format], the operands slice.
    let mut at = 3;
    let text = f.from_string().then(|| {
        at += 2;
        mem::bytes(s[at - 2], s[at - 1]).to_vec()
    });
    let format = f.formatted().then(|| {
        at += 2;
        mem::bytes(s[at - 2], s[at - 1]).to_vec()
    });
    let (args, n) = (s[at], s[at + 1] as usize);
    let operands: Vec<(u64, u64)> = (0..n)
        .map(|i| (mem::load(args, 2 * i), mem::load(args, 2 * i + 1)))
        .collect();
    let mut input = Input {
        text: text.as_deref(),
        pos: 0,
        pending: None,
        limit: None,
    };
    let (count, stop) = match &format {
        Some(fmt) => scanf(rt, &mut input, fmt, &operands),
        None => scan(rt, &mut input, &operands, f.line()),
    };
    let err = match stop {
        None => [0, 0],
        // The input ended where an operand should start: io.EOF.
        Some(Stop::Eof) => eof(rt),
        Some(Stop::Msg(m)) => error(rt, &m),
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + 3].copy_from_slice(&[
        count as u64,
        err[0],
        err[1],
    ]);
    Status::Ok
}

fn error(rt: &mut Runtime, text: &str) -> [u64; 2] {
    let t = rt.heap.alloc_string(text.as_bytes());
    new_error(rt, t)
}

/// `Scan`/`Scanln`: each operand from the next space-separated token.
fn scan(
    rt: &mut Runtime,
    input: &mut Input,
    operands: &[(u64, u64)],
    line: bool,
) -> (usize, Option<Stop>) {
    for (i, &op) in operands.iter().enumerate() {
        if input.skip_space(!line) {
            return (i, Some(Stop::Msg("unexpected newline".into())));
        }
        if input.peek().is_none() {
            return (i, Some(Stop::Eof));
        }
        if let Err(stop) = scan_one(rt, input, op, b'v') {
            return (i, Some(stop));
        }
    }
    if line {
        input.skip_space(false);
        match input.peek() {
            None | Some(b'\n') => {
                input.next();
            }
            Some(_) => return (operands.len(), Some(Stop::Msg("expected newline".into()))),
        }
    }
    (operands.len(), None)
}

/// `Scanf`/`Sscanf`: literal text and spaces of the format match the
/// input; each verb scans the next operand.
fn scanf(
    rt: &mut Runtime,
    input: &mut Input,
    format: &[u8],
    operands: &[(u64, u64)],
) -> (usize, Option<Stop>) {
    let mut k = 0;
    let mut i = 0;
    while i < format.len() {
        let c = format[i];
        if c == b'%' && i + 1 < format.len() {
            // A width, then the verb.
            let digits = format[i + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let width: Option<usize> = std::str::from_utf8(&format[i + 1..i + 1 + digits])
                .ok()
                .and_then(|w| w.parse().ok());
            i += 1 + digits;
            let Some(&verb) = format.get(i) else {
                break;
            };
            i += 1;
            if verb == b'%' {
                input.skip_space(false);
                if input.next() != Some(b'%') {
                    return (k, Some(Stop::Msg("missing literal %".into())));
                }
                continue;
            }
            let Some(&op) = operands.get(k) else {
                let msg = format!("too few operands for format '%{}'", verb as char);
                return (k, Some(Stop::Msg(msg)));
            };
            if verb != b'c' {
                input.skip_space(false);
            }
            if input.peek().is_none() {
                return (k, Some(Stop::Eof));
            }
            input.limit = width;
            let scanned = scan_one(rt, input, op, verb);
            input.limit = None;
            if let Err(stop) = scanned {
                return (k, Some(stop));
            }
            k += 1;
            continue;
        }
        if c.is_ascii_whitespace() {
            // Spaces in the format match any spaces (a newline only a
            // newline).
            let newline = c == b'\n';
            while i < format.len() && format[i].is_ascii_whitespace() && format[i] != b'\n' {
                i += 1;
            }
            input.skip_space(newline);
            if newline {
                i += 1;
                match input.peek() {
                    Some(b'\n') => {
                        input.next();
                    }
                    None => {}
                    Some(_) => {
                        return (
                            k,
                            Some(Stop::Msg("newline in format does not match input".into())),
                        );
                    }
                }
            }
            continue;
        }
        match input.peek() {
            Some(b) if b == c => {
                input.next();
                i += 1;
            }
            None => return (k, Some(Stop::Eof)),
            Some(_) => return (k, Some(Stop::Msg("input does not match format".into()))),
        }
    }
    if k < operands.len() {
        return (k, Some(Stop::Msg("too many operands".into())));
    }
    (k, None)
}

/// The bits of an integer type, by its runtime name (64 for `int` and
/// defined types).
fn int_bits(name: &str) -> u32 {
    match name {
        "int8" | "uint8" => 8,
        "int16" | "uint16" => 16,
        "int32" | "uint32" => 32,
        _ => 64,
    }
}

/// Scans one operand (a pointer in an interface) for `verb`.
fn scan_one(rt: &mut Runtime, input: &mut Input, op: (u64, u64), verb: u8) -> Result<(), Stop> {
    let t = &rt.prog.types[op.0 as usize];
    if t.kind != RtKind::Pointer {
        return Err(Stop::Msg(format!("type not a pointer: {}", t.name)));
    }
    let ptr = op.1;
    let elem = &rt.prog.types[t.elem as usize];
    let (kind, name) = (elem.kind, elem.name.clone());
    match kind {
        RtKind::Int | RtKind::Uint => {
            let unsigned = kind == RtKind::Uint;
            let (tok, base) = int_token(input, verb, unsigned)?;
            let bits = int_bits(&name);
            let value = if unsigned {
                u64::from_str_radix(tok.trim_start_matches('+'), base)
                    .map_err(|_| range_error(&tok))?
            } else {
                i64::from_str_radix(&tok, base).map_err(|_| range_error(&tok))? as u64
            };
            let shift = 64 - bits;
            let fits = if unsigned {
                value >> bits.min(63) == 0 || bits == 64
            } else {
                (((value << shift) as i64) >> shift) as u64 == value
            };
            if !fits {
                let what = if unsigned {
                    "unsigned integer"
                } else {
                    "integer"
                };
                return Err(Stop::Msg(format!("{what} overflow on token {tok}")));
            }
            mem::store(ptr, 0, value);
        }
        RtKind::Float32 | RtKind::Float64 => {
            let tok = input.take_while(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.' | b'_')
            });
            let v: f64 = tok.replace('_', "").parse().map_err(|_| {
                Stop::Msg(format!(
                    "strconv.ParseFloat: parsing {tok:?}: invalid syntax"
                ))
            })?;
            let v = if kind == RtKind::Float32 {
                f64::from(v as f32)
            } else {
                v
            };
            mem::store(ptr, 0, v.to_bits());
        }
        RtKind::String => {
            let tok = string_token(input, verb)?;
            let (p, n) = rt.heap.alloc_string(&tok);
            mem::store(ptr, 0, p);
            mem::store(ptr, 1, n);
        }
        RtKind::Slice if name == "[]uint8" => {
            let tok = string_token(input, verb)?;
            let s = super::os::byte_slice(rt, &tok, tok.len());
            for (i, w) in s.into_iter().enumerate() {
                mem::store(ptr, i, w);
            }
        }
        RtKind::Bool => {
            let tok = input.take_while(|b| b.is_ascii_alphanumeric());
            let v = match tok.as_str() {
                "1" | "t" | "T" | "true" | "TRUE" | "True" => true,
                "0" | "f" | "F" | "false" | "FALSE" | "False" => false,
                _ => return Err(Stop::Msg("syntax error scanning boolean".into())),
            };
            mem::store(ptr, 0, u64::from(v));
        }
        _ => return Err(Stop::Msg(format!("can't scan type: *{name}"))),
    }
    Ok(())
}

/// The text a string (or `[]byte`) operand gets for `verb`: a byte for
/// `%c`, a Go quoted string unquoted for `%q`, else the bytes up to a
/// space.
fn string_token(input: &mut Input, verb: u8) -> Result<Vec<u8>, Stop> {
    match verb {
        b'c' => Ok(input.next().into_iter().collect()),
        b'q' => {
            let quote = input
                .accept(b"\"`")
                .ok_or_else(|| Stop::Msg("expected quoted string".into()))?;
            let mut lit = vec![quote];
            loop {
                let b = input.next().ok_or(Stop::Eof)?;
                lit.push(b);
                if b == quote {
                    break;
                }
                if b == b'\\' && quote == b'"' {
                    lit.push(input.next().ok_or(Stop::Eof)?);
                }
            }
            super::strconv::unquote(&lit).ok_or_else(|| Stop::Msg("invalid syntax".into()))
        }
        _ => {
            let mut bytes = Vec::new();
            while let Some(b) = input.peek() {
                if b.is_ascii_whitespace() {
                    break;
                }
                bytes.push(input.next().expect("peeked"));
            }
            Ok(bytes)
        }
    }
}

fn range_error(tok: &str) -> Stop {
    Stop::Msg(format!(
        "strconv.ParseInt: parsing {tok:?}: value out of range"
    ))
}

/// The token of an integer for `verb` and its base: a sign, then (for
/// `%v`) a base prefix, then digits.
fn int_token(input: &mut Input, verb: u8, unsigned: bool) -> Result<(String, u32), Stop> {
    if verb == b'c' {
        let b = input.next().ok_or(Stop::Eof)?;
        return Ok((u32::from(b).to_string(), 10));
    }
    let mut base = match verb {
        b'b' => 2,
        b'o' => 8,
        b'x' | b'X' => 16,
        _ => 10,
    };
    let mut tok = String::new();
    if !unsigned && let Some(sign) = input.accept(b"+-") {
        tok.push(sign as char);
    } else if unsigned && let Some(sign) = input.accept(b"+") {
        tok.push(sign as char);
    }
    let mut have_digits = false;
    if verb == b'v' && input.peek() == Some(b'0') {
        input.next();
        have_digits = true;
        match input.peek() {
            Some(b'b' | b'B') => {
                input.next();
                base = 2;
                have_digits = false;
            }
            Some(b'o' | b'O') => {
                input.next();
                base = 8;
                have_digits = false;
            }
            Some(b'x' | b'X') => {
                input.next();
                base = 16;
                have_digits = false;
            }
            _ => {
                base = 8;
                tok.push('0');
            }
        }
    }
    let digits = input.take_while(|b| (b as char).is_digit(base) || b == b'_');
    if digits.is_empty() && !have_digits {
        return Err(Stop::Msg("expected integer".into()));
    }
    tok.push_str(&digits.replace('_', ""));
    if tok.is_empty() || tok == "+" || tok == "-" {
        tok.push('0');
    }
    Ok((tok, base))
}
