//! Go's `strconv` package: integer, float and bool parsing with Go's
//! `*strconv.NumError` messages, formatting, and quoting.

use super::super::fmt::quote::{quote, quote_rune};
use super::super::strconv::format_float;
use super::super::{Runtime, Status, mem, panic, stack::HEADER};
use super::{Engine, new_error};
use crate::bytecode::StrconvFn;
use crate::program::rt_types;
use crate::types::constant;

/// Why a parse failed: Go's `ErrSyntax`, `ErrRange`, or a bad argument.
enum Why {
    Syntax,
    Range,
    Base(i64),
    BitSize(i64),
}

impl Why {
    fn text(&self) -> String {
        match self {
            Why::Syntax => "invalid syntax".into(),
            Why::Range => "value out of range".into(),
            Why::Base(b) => format!("invalid base {b}"),
            Why::BitSize(b) => format!("invalid bit size {b}"),
        }
    }
}

/// A parse failure: the function Go names in the message, the input, why.
struct NumError {
    func: &'static str,
    num: Vec<u8>,
    why: Why,
}

impl NumError {
    fn new(func: &'static str, num: &[u8], why: Why) -> NumError {
        NumError {
            func,
            num: num.to_vec(),
            why,
        }
    }

    /// `strconv.Atoi: parsing "x": invalid syntax`.
    fn message(&self) -> Vec<u8> {
        let mut out = format!("strconv.{}: parsing ", self.func).into_bytes();
        quote(&mut out, &self.num, false);
        out.extend_from_slice(b": ");
        out.extend_from_slice(self.why.text().as_bytes());
        out
    }
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
        Itoa | FormatInt | FormatUint | FormatFloat | FormatBool | Quote | QuoteToASCII
        | QuoteRune => 2,
        Atoi | ParseInt | ParseUint | ParseFloat | ParseBool => 3,
        Unquote => 4,
    };
    let params = match f {
        Itoa | FormatBool | QuoteRune => 1,
        Atoi | ParseBool | FormatInt | FormatUint | Quote | QuoteToASCII | Unquote => 2,
        ParseFloat => 3,
        ParseInt | ParseUint | FormatFloat => 4,
    };
    let at = base + HEADER + results;
    let p: Vec<u64> = rt.g.stack.slots[at..at + params].to_vec();
    let str_at = |i: usize| mem::bytes(p[i], p[i + 1]).to_vec();
    // A value and an error (nil, or a *strconv.NumError).
    let value_err = |rt: &mut Runtime, v: u64, e: Option<NumError>| -> Vec<u64> {
        match e {
            None => vec![v, 0, 0],
            Some(e) => {
                let text = rt.heap.alloc_string(&e.message());
                let [_, cell] = new_error(rt, text);
                vec![v, u64::from(rt_types::NUM_ERROR), cell]
            }
        }
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
            let s = format_float(f64::from_bits(p[0]), p[1] as u8, p[2] as i32, p[3] as u32);
            string(rt, s.as_bytes())
        }
        FormatBool => string(rt, if p[0] != 0 { b"true" } else { b"false" }),
        Quote | QuoteToASCII => {
            let mut out = Vec::new();
            quote(&mut out, &str_at(0), f == QuoteToASCII);
            string(rt, &out)
        }
        QuoteRune => {
            let mut out = Vec::new();
            quote_rune(&mut out, p[0] as i32 as u32, false);
            string(rt, &out)
        }
        Atoi => {
            let s = str_at(0);
            match parse_int(&s, 10, 0) {
                Ok(v) => value_err(rt, v as u64, None),
                Err((v, mut e)) => {
                    e.func = "Atoi";
                    value_err(rt, v as u64, Some(e))
                }
            }
        }
        ParseInt => {
            let s = str_at(0);
            match parse_int(&s, p[2] as i64, p[3] as i64) {
                Ok(v) => value_err(rt, v as u64, None),
                Err((v, e)) => value_err(rt, v as u64, Some(e)),
            }
        }
        ParseUint => {
            let s = str_at(0);
            match parse_uint(&s, p[2] as i64, p[3] as i64) {
                Ok(v) => value_err(rt, v, None),
                Err((v, e)) => value_err(rt, v, Some(e)),
            }
        }
        ParseFloat => {
            let s = str_at(0);
            match parse_float(&s, p[2] as i64) {
                Ok(v) => value_err(rt, v.to_bits(), None),
                Err((v, e)) => value_err(rt, v.to_bits(), Some(e)),
            }
        }
        ParseBool => {
            let s = str_at(0);
            match &s[..] {
                b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => value_err(rt, 1, None),
                b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => value_err(rt, 0, None),
                _ => value_err(rt, 0, Some(NumError::new("ParseBool", &s, Why::Syntax))),
            }
        }
        Unquote => match unquote(&str_at(0)) {
            Some(v) => {
                let mut out = string(rt, &v);
                out.extend_from_slice(&[0, 0]);
                out
            }
            None => {
                let text = rt.heap.alloc_string(b"invalid syntax");
                let err = new_error(rt, text);
                vec![0, 0, err[0], err[1]]
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
fn parse_uint(s0: &[u8], base: i64, bit_size: i64) -> Result<u64, (u64, NumError)> {
    const F: &str = "ParseUint";
    let err = |why| (0, NumError::new(F, s0, why));
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
        _ => return Err(err(Why::Base(base))),
    }
    let bits = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return Err(err(Why::BitSize(bit_size))),
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
            return Err((max, NumError::new(F, s0, Why::Range)));
        }
        n *= base as u64;
        let n1 = n.wrapping_add(u64::from(d));
        if n1 < n || n1 > max {
            return Err((max, NumError::new(F, s0, Why::Range)));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return Err(err(Why::Syntax));
    }
    Ok(n)
}

/// Go's `ParseInt`, built on `ParseUint` as Go builds it.
fn parse_int(s0: &[u8], base: i64, bit_size: i64) -> Result<i64, (i64, NumError)> {
    const F: &str = "ParseInt";
    if s0.is_empty() {
        return Err((0, NumError::new(F, s0, Why::Syntax)));
    }
    let (neg, s) = match s0[0] {
        b'+' => (false, &s0[1..]),
        b'-' => (true, &s0[1..]),
        _ => (false, s0),
    };
    let un = match parse_uint(s, base, bit_size) {
        Ok(v) => v,
        Err((v, e)) if matches!(e.why, Why::Range) => v,
        Err((_, e)) => return Err((0, NumError::new(F, s0, e.why))),
    };
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return Err(((cutoff - 1) as i64, NumError::new(F, s0, Why::Range)));
    }
    if neg && un > cutoff {
        return Err((
            (cutoff as i64).wrapping_neg(),
            NumError::new(F, s0, Why::Range),
        ));
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
fn parse_float(s0: &[u8], bit_size: i64) -> Result<f64, (f64, NumError)> {
    const F: &str = "ParseFloat";
    let syntax = || (0.0, NumError::new(F, s0, Why::Syntax));
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
        constant::to_float(&r, mant, max_exp).unwrap_or(f64::INFINITY)
    } else if bit_size == 32 {
        f64::from(clean.parse::<f32>().map_err(|_| syntax())?)
    } else {
        clean.parse::<f64>().map_err(|_| syntax())?
    };
    let v = sign(v);
    if v.is_infinite() {
        return Err((v, NumError::new(F, s0, Why::Range)));
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

/// Go's `Unquote`: the value of a Go string or rune literal.
fn unquote(s: &[u8]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(s).ok()?;
    let (first, last) = (*s.first()?, *s.last()?);
    if s.len() < 2 || first != last {
        return None;
    }
    match first {
        b'`' => {
            let body = &s[1..s.len() - 1];
            if body.contains(&b'`') {
                return None;
            }
            Some(body.iter().copied().filter(|&c| c != b'\r').collect())
        }
        b'"' => {
            // No newline, and no quote that is not escaped, inside.
            let body = &s[1..s.len() - 1];
            let mut i = 0;
            while i < body.len() {
                match body[i] {
                    b'\n' | b'"' => return None,
                    b'\\' => i += 2,
                    _ => i += 1,
                }
            }
            constant::string_literal(text).ok()
        }
        b'\'' => {
            let r = constant::rune_literal(text).ok()?;
            let c = char::from_u32(r).unwrap_or(char::REPLACEMENT_CHARACTER);
            Some(c.to_string().into_bytes())
        }
        _ => None,
    }
}
