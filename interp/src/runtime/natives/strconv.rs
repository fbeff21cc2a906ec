//! Go's `strconv` package: integer and float parsing (`gopackages/strconv.go`
//! makes the `*strconv.NumError`s from the failure codes), formatting, and
//! quoting.

use super::super::fmt::quote::{
    Keep, can_backquote, is_graphic, is_print, push_rune, quote, quote_rune, valid_rune,
};
use super::super::strconv::format_float;
use super::super::strings::decode_rune;
use super::super::{Runtime, Status, mem, panic, stack::HEADER};
use super::Engine;
use super::errors::sentinel;
use crate::bytecode::{ErrVar, StrconvFn};
use crate::types::constant;

/// Why a parse failed, as the code the natives give `strconv.go`'s
/// `numError`: Go's `ErrSyntax`, `ErrRange`, or a bad base or bit size.
#[derive(Clone, Copy)]
pub(super) enum Why {
    Syntax = 1,
    Range = 2,
    Base = 3,
    BitSize = 4,
}

/// Runs `strconv` function `f` in the frame at `base` (results first, then
/// parameters).
pub fn call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: StrconvFn,
    base: usize,
    caller: usize,
) -> Status {
    use StrconvFn::*;
    let results = match f {
        CanBackquote | IsPrint | IsGraphic => 1,
        Itoa | FormatInt | FormatUint | FormatFloat | FormatBool | Quote | QuoteToASCII
        | QuoteToGraphic | QuoteRune | QuoteRuneToASCII | QuoteRuneToGraphic | ParseInt
        | ParseUint | ParseFloat => 2,
        Unquote | QuotedPrefix => 4,
        UnquoteChar => 6,
    };
    let params = match f {
        Itoa | FormatBool | QuoteRune | QuoteRuneToASCII | QuoteRuneToGraphic | IsPrint
        | IsGraphic => 1,
        FormatInt | FormatUint | Quote | QuoteToASCII | QuoteToGraphic | Unquote | QuotedPrefix
        | CanBackquote => 2,
        ParseFloat | UnquoteChar => 3,
        ParseInt | ParseUint | FormatFloat => 4,
    };
    let at = base + HEADER + results;
    let p: Vec<u64> = rt.g.stack.slots[at..at + params].to_vec();
    let str_at = |i: usize| mem::bytes(p[i], p[i + 1]).to_vec();
    // A value and why its parse failed (0: it did not).
    let value_why = |r: Result<u64, (u64, Why)>| match r {
        Ok(v) => vec![v, 0],
        Err((v, why)) => vec![v, why as u64],
    };
    let out: Vec<u64> = match f {
        Itoa => string(rt, (p[0] as i64).to_string().as_bytes()),
        FormatInt | FormatUint => {
            let b = p[1] as i64;
            if !(2..=36).contains(&b) {
                let msg = "strconv: illegal AppendInt/FormatInt base";
                return panic::gopanic_string(rt, engine, caller, msg);
            }
            let s = if f == FormatInt {
                format_radix((p[0] as i64) < 0, (p[0] as i64).unsigned_abs(), b as u32)
            } else {
                format_radix(false, p[0], b as u32)
            };
            string(rt, s.as_bytes())
        }
        FormatFloat => {
            // Go rejects any other width rather than guess one.
            if !matches!(p[3], 32 | 64) {
                let msg = "strconv: illegal AppendFloat/FormatFloat bitSize";
                return panic::gopanic_string(rt, engine, caller, msg);
            }
            let s = format_float(f64::from_bits(p[0]), p[1] as u8, p[2] as i32, p[3] as u32);
            string(rt, s.as_bytes())
        }
        FormatBool => string(rt, if p[0] != 0 { b"true" } else { b"false" }),
        Quote | QuoteToASCII | QuoteToGraphic => {
            let keep = match f {
                Quote => Keep::Printable,
                QuoteToASCII => Keep::Ascii,
                _ => Keep::Graphic,
            };
            let mut out = Vec::new();
            quote(&mut out, &str_at(0), keep);
            string(rt, &out)
        }
        QuoteRune | QuoteRuneToASCII | QuoteRuneToGraphic => {
            let keep = match f {
                QuoteRune => Keep::Printable,
                QuoteRuneToASCII => Keep::Ascii,
                _ => Keep::Graphic,
            };
            let mut out = Vec::new();
            quote_rune(&mut out, p[0] as i32 as u32, keep);
            string(rt, &out)
        }
        CanBackquote => vec![u64::from(can_backquote(&str_at(0)))],
        IsPrint => vec![u64::from(is_print(p[0] as i32 as u32))],
        IsGraphic => vec![u64::from(is_graphic(p[0] as i32 as u32))],
        ParseInt => value_why(
            parse_int(&str_at(0), p[2] as i64, p[3] as i64)
                .map(|v| v as u64)
                .map_err(|(v, why)| (v as u64, why)),
        ),
        ParseUint => value_why(parse_uint(&str_at(0), p[2] as i64, p[3] as i64)),
        ParseFloat => value_why(
            parse_float(&str_at(0), p[2] as i64)
                .map(f64::to_bits)
                .map_err(|(v, why)| (v.to_bits(), why)),
        ),
        Unquote => match unquote(&str_at(0)) {
            Some(v) => {
                let mut out = string(rt, &v);
                out.extend_from_slice(&[0, 0]);
                out
            }
            None => {
                let err = sentinel(rt, ErrVar::Syntax);
                vec![0, 0, err[0], err[1]]
            }
        },
        QuotedPrefix => match literal(&str_at(0)) {
            // The prefix shares the argument's bytes, as Go's slice does.
            Some((_, n)) => vec![p[0], n as u64, 0, 0],
            None => {
                let err = sentinel(rt, ErrVar::Syntax);
                vec![0, 0, err[0], err[1]]
            }
        },
        UnquoteChar => match unquote_char(&str_at(0), p[2] as u8) {
            Some((r, multibyte, n)) => {
                vec![
                    u64::from(r),
                    u64::from(multibyte),
                    p[0] + n as u64,
                    p[1] - n as u64,
                    0,
                    0,
                ]
            }
            None => {
                let err = sentinel(rt, ErrVar::Syntax);
                vec![0, 0, 0, 0, err[0], err[1]]
            }
        },
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
    Status::Ok
}

fn string(rt: &mut Runtime, s: &[u8]) -> Vec<u64> {
    let (p, n) = rt.heap.alloc_string(s);
    vec![p, n]
}

/// `v` in base `b` with lower-case digits, `-` first when `neg`.
fn format_radix(neg: bool, mut v: u64, b: u32) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit((v % u64::from(b)) as u32, b).expect("digit in base"));
        v /= u64::from(b);
        if v == 0 {
            break;
        }
    }
    if neg {
        digits.push('-');
    }
    digits.iter().rev().collect()
}

/// Go's `ParseUint`: the value, or the value Go returns with the error.
fn parse_uint(s0: &[u8], base: i64, bit_size: i64) -> Result<u64, (u64, Why)> {
    let err = |why| (0, why);
    if s0.is_empty() {
        return Err(err(Why::Syntax));
    }
    let base0 = base == 0;
    let lower = |c: u8| c | 0x20;
    let (mut s, mut base) = (s0, base);
    match base {
        2..=36 => {}
        0 => {
            base = 10;
            if s[0] == b'0' {
                if s.len() >= 3 && lower(s[1]) == b'b' {
                    (base, s) = (2, &s[2..]);
                } else if s.len() >= 3 && lower(s[1]) == b'o' {
                    (base, s) = (8, &s[2..]);
                } else if s.len() >= 3 && lower(s[1]) == b'x' {
                    (base, s) = (16, &s[2..]);
                } else {
                    (base, s) = (8, &s[1..]);
                }
            }
        }
        _ => return Err(err(Why::Base)),
    }
    let bits = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return Err(err(Why::BitSize)),
    };
    let max = if bits == 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    let cutoff = u64::MAX / base as u64 + 1;
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if lower(c).is_ascii_lowercase() => lower(c) - b'a' + 10,
            _ => return Err(err(Why::Syntax)),
        };
        if i64::from(d) >= base {
            return Err(err(Why::Syntax));
        }
        if n >= cutoff {
            return Err((max, Why::Range));
        }
        n *= base as u64;
        let n1 = n.wrapping_add(u64::from(d));
        if n1 < n || n1 > max {
            return Err((max, Why::Range));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return Err(err(Why::Syntax));
    }
    Ok(n)
}

/// Go's `ParseInt`, built on `ParseUint` as Go builds it.
fn parse_int(s0: &[u8], base: i64, bit_size: i64) -> Result<i64, (i64, Why)> {
    if s0.is_empty() {
        return Err((0, Why::Syntax));
    }
    let (neg, s) = match s0[0] {
        b'+' => (false, &s0[1..]),
        b'-' => (true, &s0[1..]),
        _ => (false, s0),
    };
    let un = match parse_uint(s, base, bit_size) {
        Ok(v) => v,
        Err((v, Why::Range)) => v,
        Err((_, why)) => return Err((0, why)),
    };
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return Err(((cutoff - 1) as i64, Why::Range));
    }
    if neg && un > cutoff {
        return Err(((cutoff as i64).wrapping_neg(), Why::Range));
    }
    Ok(if neg {
        (un as i64).wrapping_neg()
    } else {
        un as i64
    })
}

/// Go's `underscoreOK`: underscores only between digits (or after a base
/// prefix).
fn underscore_ok(s: &[u8]) -> bool {
    let lower = |c: u8| c | 0x20;
    let s = match s.first() {
        Some(b'-' | b'+') => &s[1..],
        _ => s,
    };
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Go's `ParseFloat`: decimal and hexadecimal forms, `inf`/`infinity`/
/// `nan` in any case, correctly rounded to `bit_size` (32 or 64); overflow
/// gives ±Inf with a range error.
pub(super) fn parse_float(s0: &[u8], bit_size: i64) -> Result<f64, (f64, Why)> {
    let syntax = || (0.0, Why::Syntax);
    let text = std::str::from_utf8(s0).map_err(|_| syntax())?;
    let (neg, body) = match text.as_bytes().first() {
        Some(b'+') => (false, &text[1..]),
        Some(b'-') => (true, &text[1..]),
        _ => (false, text),
    };
    let sign = |v: f64| if neg { -v } else { v };
    match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" if text.len() == body.len() => return Ok(f64::NAN),
        _ => {}
    }
    if !float_syntax_ok(body) || (body.contains('_') && !underscore_ok(body.as_bytes())) {
        return Err(syntax());
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let v = if clean.len() > 1 && (clean.as_bytes()[1] | 0x20) == b'x' {
        // Hexadecimal: exact, then rounded once.
        let r = constant::float_literal(&clean).ok_or_else(syntax)?;
        let (mant, max_exp) = if bit_size == 32 {
            (24, 127)
        } else {
            (53, 1023)
        };
        r.to_float(mant, max_exp).unwrap_or(f64::INFINITY)
    } else if bit_size == 32 {
        f64::from(clean.parse::<f32>().map_err(|_| syntax())?)
    } else {
        clean.parse::<f64>().map_err(|_| syntax())?
    };
    let v = sign(v);
    if v.is_infinite() {
        return Err((v, Why::Range));
    }
    Ok(v)
}

/// The unsigned part of a Go float: digits with an optional point and
/// exponent, or `0x` hex digits with an optional point and a required `p`
/// exponent; underscores are checked separately.
fn float_syntax_ok(s: &str) -> bool {
    let b = s.as_bytes();
    let (hex, mut i) = if b.len() >= 2 && b[0] == b'0' && (b[1] | 0x20) == b'x' {
        (true, 2)
    } else {
        (false, 0)
    };
    let is_digit = |c: u8| c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) || c == b'_';
    let mut digits = 0;
    let mut point = false;
    while i < b.len() {
        match b[i] {
            c if is_digit(c) => digits += usize::from(c != b'_'),
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return false;
    }
    let exp = if hex { b'p' } else { b'e' };
    if i == b.len() {
        return !hex;
    }
    if (b[i] | 0x20) != exp {
        return false;
    }
    i += 1;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let start = i;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    i == b.len() && i > start
}

/// Go's `Unquote`: the value of a Go string or rune literal that is all of `s`.
pub(super) fn unquote(s: &[u8]) -> Option<Vec<u8>> {
    literal(s).and_then(|(v, n)| (n == s.len()).then_some(v))
}

/// The value and length of the Go string or rune literal that `s` starts
/// with (Go's `unquote`, which `Unquote` and `QuotedPrefix` share).
fn literal(s: &[u8]) -> Option<(Vec<u8>, usize)> {
    let (&quote, body) = s.split_first()?;
    match quote {
        b'`' => {
            let end = body.iter().position(|&c| c == b'`')?;
            // Raw literals drop carriage returns and, as Go, skip any
            // UTF-8 check.
            let v = body[..end].iter().copied().filter(|&c| c != b'\r');
            Some((v.collect(), end + 2))
        }
        b'"' | b'\'' => {
            let mut v = Vec::new();
            let mut rest = body;
            while let Some(&c) = rest.first() {
                if c == quote {
                    break;
                }
                if c == b'\n' {
                    return None;
                }
                let (r, multibyte, n) = unquote_char(rest, quote)?;
                rest = &rest[n..];
                // `\x` and octal escapes are single bytes, maybe not UTF-8.
                if multibyte {
                    push_rune(&mut v, r);
                } else {
                    v.push(r as u8);
                }
                if quote == b'\'' {
                    break;
                }
            }
            if rest.first() != Some(&quote) {
                return None;
            }
            Some((v, s.len() - rest.len() + 1))
        }
        _ => None,
    }
}

/// Go's `UnquoteChar`: the first character or escape of `s` inside a
/// literal quoted by `quote`, as its value, whether it stands for a UTF-8
/// encoded rune (not a single byte), and its length; `None` is a syntax
/// error.
fn unquote_char(s: &[u8], quote: u8) -> Option<(u32, bool, usize)> {
    let &c = s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, n) = decode_rune(s);
        return Some((r, true, n));
    }
    if c != b'\\' {
        return Some((u32::from(c), false, 1));
    }
    let &e = s.get(1)?;
    let simple = |v: u8| Some((u32::from(v), false, 2));
    match e {
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0C),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(0x0B),
        b'\\' => simple(b'\\'),
        b'\'' | b'"' if e == quote => simple(e),
        b'x' | b'u' | b'U' => {
            let n = match e {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let digits = s.get(2..2 + n)?;
            let mut v = 0u32;
            for &d in digits {
                v = v << 4 | char::from(d).to_digit(16)?;
            }
            if e == b'x' {
                return Some((v, false, 2 + n));
            }
            valid_rune(v).then_some((v, true, 2 + n))
        }
        b'0'..=b'7' => {
            let mut v = u32::from(e - b'0');
            for &d in s.get(2..4)? {
                if !(b'0'..=b'7').contains(&d) {
                    return None;
                }
                v = v << 3 | u32::from(d - b'0');
            }
            (v <= 255).then_some((v, false, 4))
        }
        _ => None,
    }
}
