//! Exact constant values and the evaluation of literals.

use std::rc::Rc;

use grammar::ast::{BinaryOp, UnaryOp};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A constant's exact value: untyped numeric constants have arbitrary
/// precision, as the spec requires (integers as big integers, the rest as
/// exact rationals).
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    Int(BigInt),
    Float(BigRational),
    /// A complex constant: its real and imaginary parts.
    Complex(BigRational, BigRational),
    Str(Rc<[u8]>),
}

impl Const {
    /// As Go prints a constant in messages.
    pub fn to_go_string(&self) -> String {
        match self {
            Const::Bool(b) => b.to_string(),
            Const::Int(i) => i.to_string(),
            Const::Float(r) => float_string(r),
            Const::Complex(re, im) => format!("({} + {}i)", float_string(re), float_string(im)),
            Const::Str(s) => go_quote(s),
        }
    }

    /// The exact value of a numeric constant as a rational.
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            Const::Int(i) => Some(BigRational::from_integer(i.clone())),
            Const::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// A numeric constant without an imaginary part, as a real one.
    pub fn real_part(&self) -> Option<Const> {
        match self {
            Const::Complex(re, im) if im.is_zero() => Some(Const::Float(re.clone())),
            Const::Complex(..) => None,
            c => Some(c.clone()),
        }
    }

    /// The value as an integer, when it is a whole number.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Const::Int(i) => Some(i.clone()),
            Const::Float(r) if r.is_integer() => Some(r.to_integer()),
            _ => None,
        }
    }

    /// The value rounded to a float64 (`None` when it overflows).
    pub fn to_f64(&self) -> Option<f64> {
        to_float(&self.to_rat()?, 53, 1023)
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Const::Int(i) => i.to_i64(),
            _ => None,
        }
    }

    /// A numeric constant equal to zero.
    pub fn is_zero(&self) -> bool {
        match self {
            Const::Complex(re, im) => re.is_zero() && im.is_zero(),
            c => c.to_rat().is_some_and(|r| r.is_zero()),
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
    // `\xNN` and octal escapes denote one byte value, which need not be
    // UTF-8 on its own.
    let byte_escape = body.starts_with("\\x")
        || (body.starts_with('\\') && body[1..].starts_with(|c: char| c.is_ascii_digit()));
    if byte_escape && bytes.len() == 1 {
        return Ok(u32::from(bytes[0]));
    }
    let s = std::str::from_utf8(&bytes).map_err(|_| "invalid rune literal".to_string())?;
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(c as u32),
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

/// The value of a floating-point literal: decimal (`1.5e-3`, `.5`, `1_000.`)
/// or hexadecimal (`0x1.8p3`). `None` when it is malformed or its exponent
/// is beyond any representable value.
pub fn float_literal(raw: &str) -> Option<BigRational> {
    let s: String = raw
        .chars()
        .filter(|&c| c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    let (body, radix, exp_char) = match s.strip_prefix("0x") {
        Some(b) => (b.to_string(), 16u32, 'p'),
        None => (s.clone(), 10, 'e'),
    };
    let (mant, exp) = match body.split_once(exp_char) {
        Some((m, e)) => (m.to_string(), e.parse::<i64>().ok()?),
        None if radix == 16 => return None,
        None => (body, 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((&mant, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let digits = format!("{int}{frac}");
    let m = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    // Each fraction digit scales by the radix: 10, or 2^4 for hex digits
    // (whose exponent is binary).
    let (base, exp) = if radix == 16 {
        (2u32, exp - 4 * frac.len() as i64)
    } else {
        (10u32, exp - frac.len() as i64)
    };
    if exp.abs() > 100_000 {
        return None;
    }
    let scale = num_traits::pow(BigInt::from(base), exp.unsigned_abs() as usize);
    Some(if exp >= 0 {
        BigRational::from_integer(m * scale)
    } else {
        BigRational::new(m, scale)
    })
}

/// `r` rounded to the nearest float with `mant_bits` of mantissa and
/// largest exponent `max_exp` (53 and 1023 for float64, 24 and 127 for
/// float32), ties to even, subnormals included; `None` on overflow.
pub fn to_float(r: &BigRational, mant_bits: u32, max_exp: i64) -> Option<f64> {
    if r.is_zero() {
        return Some(0.0);
    }
    let neg = r.is_negative();
    let (n, d) = (r.numer().abs(), r.denom().abs());
    let e = ilog2(r);
    let p = i64::from(mant_bits);
    let emin = 1 - max_exp;
    let q = (e - (p - 1)).max(emin - (p - 1));
    let (n2, d2) = if q < 0 {
        (n << (-q) as usize, d)
    } else {
        (n, d << q as usize)
    };
    let (mut m, rem) = (&n2 / &d2, &n2 % &d2);
    let twice: BigInt = rem << 1usize;
    if twice > d2 || (twice == d2 && m.bit(0)) {
        m += 1;
    }
    if m.is_zero() {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    if m.bits() as i64 - 1 + q > max_exp {
        return None;
    }
    // m < 2^(p+1): exact as an f64.
    let m = m.to_u64().expect("rounded mantissa fits") as f64;
    let v = if q < -1000 {
        m * pow2(q + 200) * pow2(-200)
    } else {
        m * pow2(q)
    };
    Some(if neg { -v } else { v })
}

/// ⌊log₂|r|⌋ of a non-zero rational: 2^e <= |r| < 2^(e+1).
fn ilog2(r: &BigRational) -> i64 {
    let (n, d) = (r.numer().abs(), r.denom().abs());
    let e = n.bits() as i64 - d.bits() as i64;
    let below = if e >= 0 {
        n < (&d << e as usize)
    } else {
        (&n << (-e) as usize) < d
    };
    if below { e - 1 } else { e }
}

/// 2^k for k in the normal range of f64.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// The exact rational value of a finite float.
pub fn rat_of_f64(v: f64) -> BigRational {
    BigRational::from_float(v).unwrap_or_else(BigRational::zero)
}

/// A numeric constant rounded to float32 (`bits` 32) or float64; `None`
/// when it overflows.
pub fn round_float(c: &Const, bits: u32) -> Option<Const> {
    let r = c.to_rat()?;
    let v = if bits == 32 {
        to_float(&r, 24, 127)?
    } else {
        to_float(&r, 53, 1023)?
    };
    Some(Const::Float(rat_of_f64(v)))
}

/// A numeric constant as a complex one.
pub fn to_complex(c: &Const) -> Const {
    match c {
        Const::Complex(..) => c.clone(),
        c => Const::Complex(c.to_rat().unwrap_or_default(), BigRational::zero()),
    }
}

/// A numeric constant as a complex one with each part rounded to floats of
/// `bits` (32 or 64); `None` when a part overflows.
pub fn round_complex(c: &Const, bits: u32) -> Option<Const> {
    let Const::Complex(re, im) = to_complex(c) else {
        return None;
    };
    let part = |r: BigRational| match round_float(&Const::Float(r), bits)? {
        Const::Float(r) => Some(r),
        _ => None,
    };
    Some(Const::Complex(part(re)?, part(im)?))
}

/// The parts of a complex constant as float64s.
pub fn complex_parts(c: &Const) -> Option<(f64, f64)> {
    match to_complex(c) {
        Const::Complex(re, im) => Some((to_float(&re, 53, 1023)?, to_float(&im, 53, 1023)?)),
        _ => None,
    }
}

/// As `go/constant` prints a float constant: `%.6g` of its float64 value
/// (the shortest form when that would hide a fraction), or an approximate
/// decimal mantissa and exponent beyond float64's range.
fn float_string(r: &BigRational) -> String {
    use crate::runtime::strconv::format_float;
    if let Some(x) = to_float(r, 53, 1023)
        && (x == 0.0) == r.is_zero()
    {
        let s = format_float(x, b'g', 6, 64);
        if !r.is_integer() && !s.contains('.') {
            return format_float(x, b'g', -1, 64);
        }
        return s;
    }
    // |r| = mant × 2^exp with 0.5 <= |mant| < 1.
    let exp = ilog2(r) + 1;
    let mant = if exp >= 0 {
        r / BigRational::from_integer(BigInt::one() << exp as usize)
    } else {
        r * BigRational::from_integer(BigInt::one() << (-exp) as usize)
    };
    let mut m = to_float(&mant, 53, 1023).unwrap_or(0.0);
    let d = exp as f64 * (std::f64::consts::LN_2 / std::f64::consts::LN_10);
    let mut e = d as i64;
    m *= 10f64.powf(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{e:+}", format_float(m, b'g', 6, 64))
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
            Div => Const::Float(BigRational::new(a.clone(), b.clone())),
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
        (Const::Complex(..), _) | (_, Const::Complex(..)) => {
            let (Const::Complex(a, b), Const::Complex(c, d)) = (to_complex(x), to_complex(y))
            else {
                return None;
            };
            match op {
                Add => Const::Complex(a + c, b + d),
                Sub => Const::Complex(a - c, b - d),
                Mul => Const::Complex(&a * &c - &b * &d, &a * &d + &b * &c),
                Div => {
                    let den = &c * &c + &d * &d;
                    if den.is_zero() {
                        return None;
                    }
                    Const::Complex((&a * &c + &b * &d) / &den, (&b * &c - &a * &d) / &den)
                }
                Eq => Const::Bool(a == c && b == d),
                Ne => Const::Bool(a != c || b != d),
                _ => return None,
            }
        }
        (Const::Int(_) | Const::Float(_), Const::Int(_) | Const::Float(_)) => {
            let (a, b) = (x.to_rat()?, y.to_rat()?);
            match op {
                Add => Const::Float(a + b),
                Sub => Const::Float(a - b),
                Mul => Const::Float(a * b),
                Div if b.is_zero() => return None,
                Div => Const::Float(a / b),
                Eq => Const::Bool(a == b),
                Ne => Const::Bool(a != b),
                Lt => Const::Bool(a < b),
                Le => Const::Bool(a <= b),
                Gt => Const::Bool(a > b),
                Ge => Const::Bool(a >= b),
                _ => return None,
            }
        }
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
        (UnaryOp::Pos, Const::Float(a)) => Const::Float(a.clone()),
        (UnaryOp::Neg, Const::Float(a)) => Const::Float(-a),
        (UnaryOp::Pos, Const::Complex(a, b)) => Const::Complex(a.clone(), b.clone()),
        (UnaryOp::Neg, Const::Complex(a, b)) => Const::Complex(-a, -b),
        (UnaryOp::Not, Const::Bool(b)) => Const::Bool(!b),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_literals_round_correctly() {
        let f = |s: &str| to_float(&float_literal(s).expect("literal"), 53, 1023);
        assert_eq!(f("1.7976931348623157e308"), Some(f64::MAX));
        assert_eq!(f("1.7976931348623159e308"), None);
        assert_eq!(f("4.9e-324"), Some(4.9e-324));
        assert_eq!(f("2.4e-324"), Some(0.0));
        assert_eq!(f("0.1"), Some(0.1));
        assert_eq!(f("0x1.8p1"), Some(3.0));
        assert_eq!(f("1_000.5"), Some(1000.5));
        let f32 = |s: &str| to_float(&float_literal(s).expect("literal"), 24, 127);
        assert_eq!(f32("0.1"), Some(f64::from(0.1f32)));
        assert_eq!(f32("3.4028235e38"), Some(f64::from(f32::MAX)));
        assert_eq!(f32("3.5e38"), None);
    }
}
