//! fmt's scanning: `Scan`, `Scanln`, `Scanf` from standard input and
//! `Sscan`, `Sscanln`, `Sscanf` from a string, storing into the pointers
//! given, with Go's rules for spaces, newlines and tokens and its error
//! texts.
//!
//! Standard input is read a byte at a time, as Go's fmt reads an
//! `*os.File`, so nothing past what is scanned is consumed.

use std::io::Read;

use super::super::{Runtime, Status, mem, print, stack::HEADER, value};
use super::errors::eof;
use super::{Engine, new_error};
use crate::bytecode::{Access, Scalar, ScanFn};
use crate::program::RtKind;

/// Where the bytes come from.
enum Source<'a> {
    Text {
        text: &'a [u8],
        pos: usize,
    },
    /// Standard input, a byte at a time, as Go's fmt reads an `*os.File`.
    Stdin,
    /// Go functions over an `io.Reader` (`Fscan`): `next() int` gives the
    /// next byte or -1, `unread()` gives back the last rune.
    Reader {
        engine: &'a dyn Engine,
        next: u64,
        unread: u64,
        base: usize,
        caller: usize,
    },
}

/// The scanner's input, and the runtime operands are stored through.
struct Input<'a> {
    rt: &'a mut Runtime,
    source: Source<'a>,
    /// A byte read from standard input or a reader and not yet taken.
    pending: Option<u8>,
    /// Whether a reader failed (a Go panic is unwinding): nothing more is
    /// read.
    unwinding: bool,
    /// How many more runes the operand being scanned may take (a verb's
    /// width).
    limit: Option<usize>,
}

impl Input<'_> {
    /// The next byte; at the width's end, only the rest of a rune begun.
    fn peek(&mut self) -> Option<u8> {
        let b = match &mut self.source {
            Source::Text { text, pos } => text.get(*pos).copied(),
            Source::Stdin => {
                if self.pending.is_none() {
                    let mut b = [0u8; 1];
                    print::flush_stdout();
                    if let Ok(1) = std::io::stdin().lock().read(&mut b) {
                        self.pending = Some(b[0]);
                    }
                }
                self.pending
            }
            &mut Source::Reader {
                engine,
                next,
                base,
                caller,
                ..
            } => {
                if self.pending.is_none() && !self.unwinding {
                    if self.rt.call_from_native(engine, next, base, caller) == Status::Unwind {
                        self.unwinding = true;
                    } else {
                        let b = self.rt.g.stack.slots[base + HEADER] as i64;
                        self.pending = u8::try_from(b).ok();
                    }
                }
                self.pending
            }
        }?;
        let starts_rune = b & 0xC0 != 0x80;
        (self.limit != Some(0) || !starts_rune).then_some(b)
    }

    /// Gives a byte peeked at and not taken back to a reader, as Go's fmt
    /// gives back the rune that ended the scan with `UnreadRune`.
    fn finish(&mut self) {
        if let Source::Reader {
            engine,
            unread,
            base,
            caller,
            ..
        } = self.source
            && self.pending.is_some()
            && !self.unwinding
            && self.rt.call_from_native(engine, unread, base, caller) == Status::Unwind
        {
            self.unwinding = true;
        }
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        match &mut self.source {
            Source::Text { pos, .. } => *pos += 1,
            _ => self.pending = None,
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
                    if matches!(self.source, Source::Text { text, pos }
                        if text.get(pos + 1) == Some(&b'\n')) =>
                {
                    self.next();
                }
                b'\n' if !newlines => return true,
                b if is_space(b) => {
                    self.next();
                }
                _ => break,
            }
        }
        false
    }

    /// Takes the next rune (U+FFFD for bytes that are none).
    fn next_rune(&mut self) -> Option<u32> {
        let first = self.next()?;
        // Only the bytes the first one announces: a reader without
        // UnreadRune loses whatever is peeked at.
        let len = match first.leading_ones() {
            2..=4 => first.leading_ones() as usize,
            _ => 1,
        };
        let mut bytes = vec![first];
        while bytes.len() < len && self.peek().is_some_and(|b| b & 0xC0 == 0x80) {
            bytes.extend(self.next());
        }
        Some(match std::str::from_utf8(&bytes) {
            Ok(s) => s.chars().next().map_or(0xFFFD, u32::from),
            Err(_) => 0xFFFD,
        })
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

    /// Takes the next byte if it is `c` in either case.
    fn accept_fold(&mut self, c: u8) -> bool {
        self.accept(&[c, c.to_ascii_uppercase()]).is_some()
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
    engine: &dyn Engine,
    f: ScanFn,
    base: usize,
    caller: usize,
) -> Status {
    let s = rt.g.stack.slots[base + HEADER..base + HEADER + 10].to_vec();
    // Results (n, err), then [next, unread], [string], [format], the
    // operands slice.
    let mut at = 3;
    let source = if f.from_reader() {
        at += 2;
        Source::Reader {
            engine,
            next: s[3],
            unread: s[4],
            base,
            caller,
        }
    } else {
        Source::Stdin
    };
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
        rt,
        source: match &text {
            Some(text) => Source::Text { text, pos: 0 },
            None => source,
        },
        pending: None,
        unwinding: false,
        limit: None,
    };
    let (count, stop) = match &format {
        Some(fmt) => scanf(&mut input, fmt, &operands),
        None => scan(&mut input, &operands, f.line()),
    };
    input.finish();
    if input.unwinding {
        return Status::Unwind;
    }
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
fn scan(input: &mut Input, operands: &[(u64, u64)], line: bool) -> (usize, Option<Stop>) {
    for (i, &op) in operands.iter().enumerate() {
        if input.skip_space(!line) {
            input.next();
            return (i, Some(Stop::Msg("unexpected newline".into())));
        }
        if input.peek().is_none() {
            return (i, Some(Stop::Eof));
        }
        if let Err(stop) = scan_one(input, op, b'v') {
            return (i, Some(stop));
        }
    }
    if line {
        input.skip_space(false);
        match input.peek() {
            None | Some(b'\n') => {
                input.next();
            }
            Some(_) => {
                // Go has read the rune it complains of.
                input.next_rune();
                return (operands.len(), Some(Stop::Msg("expected newline".into())));
            }
        }
    }
    (operands.len(), None)
}

/// `Scanf`/`Sscanf`: literal text and spaces of the format match the
/// input; each verb scans the next operand.
fn scanf(input: &mut Input, format: &[u8], operands: &[(u64, u64)]) -> (usize, Option<Stop>) {
    let mut k = 0;
    let mut i = 0;
    // Whether nothing of the format was matched since the last verb: Go
    // treats a `%%` there differently.
    let mut after_verb = true;
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
                match scan_percent(input, digits == 0, after_verb) {
                    Ok(as_verb) => after_verb = as_verb,
                    Err(stop) => return (k, Some(stop)),
                }
                continue;
            }
            let Some(&op) = operands.get(k) else {
                let msg = format!("too few operands for format '%{}'", verb as char);
                return (k, Some(Stop::Msg(msg)));
            };
            if verb != b'c' && input.skip_space(false) {
                input.next();
                return (k, Some(Stop::Msg("unexpected newline".into())));
            }
            if input.peek().is_none() {
                return (k, Some(Stop::Eof));
            }
            input.limit = width;
            let scanned = scan_one(input, op, verb);
            input.limit = None;
            if let Err(stop) = scanned {
                return (k, Some(stop));
            }
            k += 1;
            after_verb = true;
            continue;
        }
        after_verb = false;
        if is_space(c) {
            if let Err(stop) = match_spaces(input, format, &mut i) {
                return (k, Some(stop));
            }
            continue;
        }
        if c == b'%' {
            return (
                k,
                Some(Stop::Msg("missing verb: % at end of format string".into())),
            );
        }
        match input.peek() {
            Some(b) if b == format[i] => {
                input.next();
                i += 1;
            }
            None => return (k, Some(Stop::Msg("unexpected EOF".into()))),
            Some(_) => return (k, Some(Stop::Msg("input does not match format".into()))),
        }
    }
    if k < operands.len() {
        return (k, Some(Stop::Msg("too many operands".into())));
    }
    (k, None)
}

/// Go's `isSpace` for the ASCII bytes a format holds.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Matches the run of spaces at `format[*i]` as Go's `Fscanf` does: each
/// newline in it takes the input's spaces up to a newline (or the end),
/// and spaces after the last newline take the input's spaces short of a
/// newline, of which there must be at least one when the run has no
/// newline.
fn match_spaces(input: &mut Input, format: &[u8], i: &mut usize) -> Result<(), Stop> {
    let (mut newlines, mut trailing) = (0, false);
    while let Some(&c) = format.get(*i).filter(|&&c| is_space(c)) {
        if c == b'\n' {
            newlines += 1;
            trailing = false;
        } else {
            trailing = true;
        }
        *i += 1;
    }
    for _ in 0..newlines {
        let mut c = input.next();
        while c.is_some_and(|c| is_space(c) && c != b'\n') {
            c = input.next();
        }
        if c.is_some_and(|c| c != b'\n') {
            return Err(Stop::Msg("newline in format does not match input".into()));
        }
    }
    if trailing {
        let c = input.peek();
        if newlines == 0 && c.is_some_and(|c| !is_space(c) || c == b'\n') {
            // Go has read the rune it complains of.
            input.next_rune();
            return Err(Stop::Msg(if c == Some(b'\n') {
                "newline in input does not match format".into()
            } else {
                "expected space in input to match format".into()
            }));
        }
        while input.peek().is_some_and(|c| is_space(c) && c != b'\n') {
            input.next();
        }
    }
    Ok(())
}

/// Matches `%%` (`literal`, with no width) or a `%` verb with a width: Go
/// first matches the former as text, then, when it follows a verb
/// directly (`after_verb`), as a verb that skips spaces. Returns whether
/// it was matched as a verb.
fn scan_percent(input: &mut Input, literal: bool, after_verb: bool) -> Result<bool, Stop> {
    if literal {
        match input.peek() {
            Some(b'%') => {
                input.next();
                return Ok(false);
            }
            None => return Err(Stop::Msg("unexpected EOF".into())),
            Some(_) if !after_verb => {
                return Err(Stop::Msg("input does not match format".into()));
            }
            Some(_) => {}
        }
    }
    if input.skip_space(false) {
        input.next();
        return Err(Stop::Msg("unexpected newline".into()));
    }
    match input.peek() {
        Some(b'%') => {
            input.next();
            Ok(true)
        }
        None => Err(Stop::Msg("unexpected EOF".into())),
        Some(_) => Err(Stop::Msg("missing literal %".into())),
    }
}

/// Go's complaint about a verb `verb` that a `what` operand does not take.
fn check_verb(verb: u8, ok: &[u8], what: &str) -> Result<(), Stop> {
    if ok.contains(&verb) {
        return Ok(());
    }
    Err(Stop::Msg(format!(
        "bad verb '%{}' for {what}",
        verb as char
    )))
}

/// Scans one operand (a pointer in an interface) for `verb`.
fn scan_one(input: &mut Input, op: (u64, u64), verb: u8) -> Result<(), Stop> {
    let t = &input.rt.prog.types[op.0 as usize];
    if t.kind != RtKind::Pointer {
        return Err(Stop::Msg(format!("type not a pointer: {}", t.name)));
    }
    let ptr = op.1;
    let elem = input.rt.prog.types[t.elem as usize].clone();
    let (kind, name, bits) = (elem.kind, elem.name.clone(), elem.bits);
    match kind {
        RtKind::Int | RtKind::Uint => {
            check_verb(verb, b"bdoUxXvc", "integer")?;
            let unsigned = kind == RtKind::Uint;
            let (tok, base) = int_token(input, verb, unsigned)?;
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
            value::store_scalar_at(&elem, ptr, value);
        }
        RtKind::Float32 | RtKind::Float64 => {
            let what = if kind == RtKind::Float32 {
                "float32"
            } else {
                "float64"
            };
            check_verb(verb, b"beEfFgGv", what)?;
            let tok = float_token(input);
            let bits = if kind == RtKind::Float32 { 32 } else { 64 };
            let v = convert_float(&tok, bits)?;
            let v = if bits == 32 { f64::from(v as f32) } else { v };
            value::store_scalar_at(&elem, ptr, v.to_bits());
        }
        RtKind::Complex64 | RtKind::Complex128 => {
            check_verb(verb, b"beEfFgGv", "complex")?;
            let bits = if kind == RtKind::Complex64 { 32 } else { 64 };
            let (re, im) = complex_tokens(input)?;
            let mut parts = [0; 2];
            for (part, tok) in parts.iter_mut().zip([re, im]) {
                let v = convert_float(&tok, bits)?;
                *part = if bits == 32 { f64::from(v as f32) } else { v }.to_bits();
            }
            let acc = if bits == 32 {
                Access::scalar(Scalar::C64)
            } else {
                Access::words(2)
            };
            mem::store_value(ptr, acc, &parts);
        }
        RtKind::String => {
            check_verb(verb, b"svqxX", "string")?;
            let tok = string_token(input, verb)?;
            let (p, n) = input.rt.heap.alloc_string(&tok);
            mem::store(ptr, 0, p);
            mem::store(ptr, 1, n);
        }
        RtKind::Slice if name == "[]uint8" => {
            check_verb(verb, b"svqxX", "string")?;
            let tok = string_token(input, verb)?;
            let s = super::os::byte_slice(input.rt, &tok, tok.len());
            for (i, w) in s.into_iter().enumerate() {
                mem::store(ptr, i, w);
            }
        }
        RtKind::Bool => {
            check_verb(verb, b"tv", "boolean")?;
            value::store_scalar_at(&elem, ptr, u64::from(bool_token(input)?));
        }
        _ => return Err(Stop::Msg(format!("can't scan type: *{name}"))),
    }
    Ok(())
}

/// The text a string (or `[]byte`) operand gets for `verb`: a Go quoted
/// string unquoted for `%q`, else the bytes up to a space.
fn string_token(input: &mut Input, verb: u8) -> Result<Vec<u8>, Stop> {
    match verb {
        b'q' => {
            let Some(quote) = input.accept(b"\"`") else {
                // Go has read the rune it complains of.
                input.next_rune();
                return Err(Stop::Msg("expected quoted string".into()));
            };
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

/// Go's `floatToken`: `nan`, or a sign, then `inf` or digits (hex after
/// `0x`), a fraction and an exponent (`p` for hex, and `e` or `p` for
/// decimal), with underscores; whatever of that the input holds.
fn float_token(input: &mut Input) -> String {
    let mut tok = String::new();
    let mut take = |set: &[u8]| input.accept(set).map(|b| tok.push(b as char)).is_some();
    if take(b"nN") && take(b"aA") && take(b"nN") {
        return tok;
    }
    take(b"+-");
    if take(b"iI") && take(b"nN") && take(b"fF") {
        return tok;
    }
    let (mut digits, mut exp): (&[u8], &[u8]) = (b"0123456789_", b"eEpP");
    if take(b"0") && take(b"xX") {
        digits = b"0123456789aAbBcCdDeEfF_";
        exp = b"pP";
    }
    while take(digits) {}
    if take(b".") {
        while take(digits) {}
    }
    if take(exp) {
        take(b"+-");
        while take(b"0123456789_") {}
    }
    tok
}

/// Go's `complexTokens`: the real and imaginary parts' tokens of
/// `(re±imi)`, parentheses optional.
fn complex_tokens(input: &mut Input) -> Result<(String, String), Stop> {
    let syntax = || Stop::Msg("syntax error scanning complex number".into());
    let parens = input.accept(b"(").is_some();
    let re = float_token(input);
    let sign = input.accept(b"+-").ok_or_else(syntax)?;
    let im = format!("{}{}", sign as char, float_token(input));
    if input.accept(b"i").is_none() || (parens && input.accept(b")").is_none()) {
        return Err(syntax());
    }
    Ok((re, im))
}

/// Go's `convertFloat`: `strconv.ParseFloat`, and a decimal mantissa with
/// a power-of-two exponent (`1.5p3`), with ParseFloat's and Atoi's errors
/// naming the whole token.
fn convert_float(tok: &str, bits: i64) -> Result<f64, Stop> {
    use super::strconv::{Why, parse_float};
    let fail = |func: &str, why: Why| {
        let what = match why {
            Why::Range => "value out of range",
            _ => "invalid syntax",
        };
        Stop::Msg(format!("strconv.{func}: parsing {tok:?}: {what}"))
    };
    if let Some(p) = tok.find('p')
        && !tok.contains(['x', 'X'])
    {
        let f =
            parse_float(&tok.as_bytes()[..p], bits).map_err(|(_, why)| fail("ParseFloat", why))?;
        let exp = &tok[p + 1..];
        let m: i64 = if exp.is_empty() || exp.contains('_') {
            Err(Why::Syntax)
        } else {
            exp.parse::<i64>().map_err(|_| {
                if exp.trim_start_matches(['+', '-']).is_empty() {
                    Why::Syntax
                } else {
                    Why::Range
                }
            })
        }
        .map_err(|why| fail("Atoi", why))?;
        return Ok(super::math::ldexp(f, m));
    }
    parse_float(tok.as_bytes(), bits).map_err(|(_, why)| fail("ParseFloat", why))
}

/// A boolean as Go's fmt reads one, a rune at a time: `0`, `1`, or `t`/`f`
/// with the rest of `true`/`false` in any case; any other rune reads as
/// false.
fn bool_token(input: &mut Input) -> Result<bool, Stop> {
    let syntax = || Stop::Msg("syntax error scanning boolean".into());
    let rest_of = |input: &mut Input, word: &[u8]| {
        let begun = input.accept_fold(word[0]);
        if begun && !word[1..].iter().all(|&c| input.accept_fold(c)) {
            return Err(syntax());
        }
        Ok(())
    };
    match input.next_rune().and_then(char::from_u32) {
        Some('1') => Ok(true),
        Some('t' | 'T') => rest_of(input, b"rue").map(|()| true),
        Some('f' | 'F') => rest_of(input, b"alse").map(|()| false),
        _ => Ok(false),
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
        let r = input.next_rune().ok_or(Stop::Eof)?;
        return Ok((r.to_string(), 10));
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
