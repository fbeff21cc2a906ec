//! Exact constant values and the evaluation of literals.

use std::rc::Rc;

use grammar::ast::{BinaryOp, UnaryOp};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

/// A constant's exact value: untyped integer constants have arbitrary
/// precision, as the spec requires.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    Int(BigInt),
    Str(Rc<[u8]>),
}

impl Const {
    /// As Go prints a constant in messages.
    pub fn to_go_string(&self) -> String {
        match self {
            Const::Bool(b) => b.to_string(),
            Const::Int(i) => i.to_string(),
            Const::Str(s) => go_quote(s),
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Const::Int(i) => i.to_i64(),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Const::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

/// A string as a Go double-quoted literal.
pub fn go_quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for c in String::from_utf8_lossy(s).chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The value of an integer literal (`42`, `0x2A`, `0o52`, `052`, `0b101010`,
/// with `_` separators).
pub fn int_literal(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// The bytes of a string literal, raw (`` `...` ``) or interpreted (`"..."`).
pub fn string_literal(raw: &str) -> Result<Vec<u8>, String> {
    if let Some(body) = raw.strip_prefix('`') {
        let body = body.strip_suffix('`').unwrap_or(body);
        return Ok(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let body = raw.strip_prefix('"').unwrap_or(raw);
    let body = body.strip_suffix('"').unwrap_or(body);
    unescape(body, '"')
}

/// The value of a rune literal `'x'`.
pub fn rune_literal(raw: &str) -> Result<u32, String> {
    let body = raw.strip_prefix('\'').unwrap_or(raw);
    let body = body.strip_suffix('\'').unwrap_or(body);
    let bytes = unescape(body, '\'')?;
    let s = std::str::from_utf8(&bytes).map_err(|_| "invalid rune literal".to_string())?;
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(c as u32),
        _ if body.starts_with("\\x")
            || (body.starts_with('\\') && body[1..].starts_with(|c: char| c.is_ascii_digit())) =>
        {
            Ok(bytes.first().copied().unwrap_or(0) as u32)
        }
        _ => Err("more than one character in rune literal".into()),
    }
}

/// Interprets Go escapes in a quoted literal body.
fn unescape(body: &str, quote: char) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let e = chars.next().ok_or("escape sequence not terminated")?;
        let simple = match e {
            'a' => Some(7u8),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            _ if e == quote => Some(e as u8),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        let mut take = |n: usize, radix: u32| -> Result<u32, String> {
            let mut v = 0u32;
            for _ in 0..n {
                let d = chars
                    .next()
                    .and_then(|c| c.to_digit(radix))
                    .ok_or("invalid character in escape sequence")?;
                v = v * radix + d;
            }
            Ok(v)
        };
        match e {
            'x' => out.push(take(2, 16)? as u8),
            '0'..='7' => {
                let rest = take(2, 8)?;
                let v = (e as u32 - '0' as u32) * 64 + rest;
                if v > 255 {
                    return Err("octal escape value > 255".into());
                }
                out.push(v as u8);
            }
            'u' | 'U' => {
                let v = take(if e == 'u' { 4 } else { 8 }, 16)?;
                let c = char::from_u32(v).ok_or("escape sequence is invalid Unicode code point")?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            _ => return Err("unknown escape sequence".into()),
        }
    }
    Ok(out)
}

/// Folds a binary operation on constants; `None` when the operation does not
/// apply (the checker reports why) or divides by zero.
pub fn binary(op: BinaryOp, x: &Const, y: &Const, integer_division: bool) -> Option<Const> {
    use BinaryOp::*;
    Some(match (x, y) {
        (Const::Int(a), Const::Int(b)) => match op {
            Add => Const::Int(a + b),
            Sub => Const::Int(a - b),
            Mul => Const::Int(a * b),
            Div if b.is_zero() => return None,
            Div if integer_division => Const::Int(a / b),
            Rem if b.is_zero() => return None,
            Rem => Const::Int(a % b),
            And => Const::Int(a & b),
            Or => Const::Int(a | b),
            Xor => Const::Int(a ^ b),
            AndNot => Const::Int(a & !b),
            Shl => Const::Int(a << b.to_usize()?.min(10_000)),
            Shr => Const::Int(a >> b.to_usize()?.min(10_000)),
            Eq => Const::Bool(a == b),
            Ne => Const::Bool(a != b),
            Lt => Const::Bool(a < b),
            Le => Const::Bool(a <= b),
            Gt => Const::Bool(a > b),
            Ge => Const::Bool(a >= b),
            _ => return None,
        },
        (Const::Str(a), Const::Str(b)) => match op {
            Add => Const::Str([&a[..], &b[..]].concat().into()),
            Eq => Const::Bool(a == b),
            Ne => Const::Bool(a != b),
            Lt => Const::Bool(a < b),
            Le => Const::Bool(a <= b),
            Gt => Const::Bool(a > b),
            Ge => Const::Bool(a >= b),
            _ => return None,
        },
        (Const::Bool(a), Const::Bool(b)) => match op {
            LAnd => Const::Bool(*a && *b),
            LOr => Const::Bool(*a || *b),
            Eq => Const::Bool(a == b),
            Ne => Const::Bool(a != b),
            _ => return None,
        },
        _ => return None,
    })
}

/// Folds a unary operation on a constant. `^x` on typed integers is
/// computed within the type by the caller's representability check.
pub fn unary(op: UnaryOp, x: &Const) -> Option<Const> {
    Some(match (op, x) {
        (UnaryOp::Pos, Const::Int(a)) => Const::Int(a.clone()),
        (UnaryOp::Neg, Const::Int(a)) => Const::Int(-a),
        (UnaryOp::Xor, Const::Int(a)) => Const::Int(!a),
        (UnaryOp::Not, Const::Bool(b)) => Const::Bool(!b),
        _ => return None,
    })
}
