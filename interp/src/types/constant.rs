//! Exact constant values and the evaluation of literals.

use std::cmp::Ordering;
use std::rc::Rc;

use grammar::ast::{BinaryOp, UnaryOp};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::bigfloat::BigFloat;

/// A constant's value: untyped numeric constants have arbitrary precision,
/// as the spec requires (integers as big integers, the rest as
/// `go/constant` keeps them, see [`Float`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    Int(BigInt),
    Float(Float),
    /// A complex constant: its real and imaginary parts.
    Complex(Float, Float),
    Str(Rc<[u8]>),
}

/// `go/constant`'s bound on exact values: rationals whose numerator and
/// denominator have fewer bits, floats whose binary exponent is smaller.
pub const MAX_EXP: i64 = 4 << 10;

/// A float constant as `go/constant` keeps it: an exact rational while its
/// numerator and denominator stay below 2^4096, else (and for literals of
/// such magnitude, `1e-10000`) a 512-bit binary float, so that
/// `1e646456992` costs a few words, not a 646-million-digit integer. A
/// float never turns back into a rational, as in Go.
#[derive(Clone, Debug)]
pub enum Float {
    Rat(BigRational),
    Big(BigFloat),
}

impl PartialEq for Float {
    fn eq(&self, other: &Float) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Float {}

impl PartialOrd for Float {
    fn partial_cmp(&self, other: &Float) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Values compare as `go/constant` compares them: a rational with a binary
/// float as the float it rounds to.
impl Ord for Float {
    fn cmp(&self, y: &Float) -> Ordering {
        match (self, y) {
            (Float::Rat(a), Float::Rat(b)) => a.cmp(b),
            _ => match (self.to_big(), y.to_big()) {
                (Some(a), Some(b)) => a.cmp(&b),
                _ => unreachable!("a rational of 4096 bits rounds to a binary float"),
            },
        }
    }
}

impl Float {
    /// Zero (a rational).
    pub fn zero() -> Float {
        Float::Rat(BigRational::zero())
    }

    /// A rational result, kept exact while small (`go/constant`'s `makeRat`).
    fn from_rat(r: BigRational) -> Option<Float> {
        let small = |i: &BigInt| (i.bits() as i64) < MAX_EXP;
        if small(r.numer()) && small(r.denom()) {
            return Some(Float::Rat(r));
        }
        BigFloat::from_rat(&r).map(Float::Big)
    }

    /// The exact value of a finite float64 (`go/constant`'s `MakeFloat64`,
    /// where -0 is 0).
    pub fn from_f64(v: f64) -> Float {
        Float::Rat(BigRational::from_float(v).unwrap_or_else(BigRational::zero))
    }

    /// The value as a binary float, rounded when a rational.
    fn to_big(&self) -> Option<BigFloat> {
        match self {
            Float::Rat(r) => BigFloat::from_rat(r),
            Float::Big(b) => Some(b.clone()),
        }
    }

    /// `x op y` for `+ - * /`: exact on two rationals (while small), else
    /// on binary floats; `None` for a zero divisor or a result past the
    /// binary floats' exponents (Go's unrepresentable constant).
    pub fn arith(&self, op: BinaryOp, y: &Float) -> Option<Float> {
        if let (Float::Rat(a), Float::Rat(b)) = (self, y) {
            return Float::from_rat(match op {
                BinaryOp::Add => a + b,
                BinaryOp::Sub => a - b,
                BinaryOp::Mul => a * b,
                BinaryOp::Div if b.is_zero() => return None,
                BinaryOp::Div => a / b,
                _ => return None,
            });
        }
        let (a, b) = (self.to_big()?, y.to_big()?);
        let v = match op {
            BinaryOp::Add => a.add(&b),
            BinaryOp::Sub => a.sub(&b),
            BinaryOp::Mul => a.mul(&b),
            BinaryOp::Div => a.quo(&b, super::bigfloat::PREC),
            _ => None,
        };
        v.map(Float::Big)
    }

    /// The value negated (exact).
    pub fn neg(&self) -> Float {
        match self {
            Float::Rat(r) => Float::Rat(-r),
            Float::Big(b) => Float::Big(b.neg()),
        }
    }

    /// Whether the value is 0.
    pub fn is_zero(&self) -> bool {
        match self {
            Float::Rat(r) => r.is_zero(),
            Float::Big(b) => b.is_zero(),
        }
    }

    /// The value rounded to a float of `mant_bits` and largest exponent
    /// `max_exp` (see [`to_float`]); `None` on overflow.
    pub fn to_float(&self, mant_bits: u32, max_exp: i64) -> Option<f64> {
        match self {
            Float::Rat(r) => to_float(r, mant_bits, max_exp),
            Float::Big(b) => b.to_float(mant_bits, max_exp),
        }
    }

    /// The value as an integer when it is one (`go/constant`'s `ToInt`).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Float::Rat(r) => r.is_integer().then(|| r.to_integer()),
            Float::Big(b) => b.to_int(),
        }
    }

    /// As `go/constant` prints a float: `%.6g` of its float64 value (the
    /// shortest form when that would hide a fraction), or an approximate
    /// decimal mantissa and exponent beyond float64's range.
    fn to_go_string(&self) -> String {
        use crate::runtime::strconv::format_float;
        let is_int = match self {
            Float::Rat(r) => r.is_integer(),
            Float::Big(b) => b.is_int(),
        };
        if let Some(x) = self.to_float(53, 1023)
            && (x == 0.0) == self.is_zero()
        {
            let s = format_float(x, b'g', 6, 64);
            if !is_int && !s.contains('.') {
                return format_float(x, b'g', -1, 64);
            }
            return s;
        }
        // x = mant × 2^exp with 0.5 <= |mant| < 1.
        let (exp, mut m) = match self {
            Float::Rat(r) => {
                let exp = ilog2(r) + 1;
                let mant = if exp >= 0 {
                    r / BigRational::from_integer(BigInt::one() << exp as usize)
                } else {
                    r * BigRational::from_integer(BigInt::one() << (-exp) as usize)
                };
                (exp, to_float(&mant, 53, 1023).unwrap_or(0.0))
            }
            Float::Big(b) => (b.top(), b.mant_f64()),
        };
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
}

impl Const {
    /// As Go prints a constant in messages.
    pub fn to_go_string(&self) -> String {
        match self {
            Const::Bool(b) => b.to_string(),
            Const::Int(i) => i.to_string(),
            Const::Float(f) => f.to_go_string(),
            Const::Complex(re, im) => format!("({} + {}i)", re.to_go_string(), im.to_go_string()),
            Const::Str(s) => go_quote(s),
        }
    }

    /// The value of a real numeric constant as a float one.
    pub fn to_real(&self) -> Option<Float> {
        match self {
            Const::Int(i) => Some(Float::Rat(BigRational::from_integer(i.clone()))),
            Const::Float(f) => Some(f.clone()),
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
            Const::Float(f) => f.to_int(),
            _ => None,
        }
    }

    /// The value rounded to a float64 (`None` when it overflows).
    pub fn to_f64(&self) -> Option<f64> {
        self.to_real()?.to_float(53, 1023)
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
            c => c.to_real().is_some_and(|f| f.is_zero()),
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

/// The value of a floating-point literal, decimal (`1.5e-3`, `.5`,
/// `1_000.`) or hexadecimal (`0x1.8p3`), as `go/constant` makes it: exact
/// when its binary exponent is below 4096 in magnitude, else the 512-bit
/// float `big.Float` parses. `None` when it is malformed or its exponent
/// is past `big.Float`'s (`1e1000000000`).
pub fn float_literal(raw: &str) -> Option<Float> {
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
    // The value is m × 2^exp2 × 5^exp5: each fraction digit scales by 10
    // (2 × 5), or by 2^4 for hex digits (whose exponent is binary).
    let (exp2, exp5) = if radix == 16 {
        (exp.checked_sub(4 * frac.len() as i64)?, 0)
    } else {
        let e = exp.checked_sub(frac.len() as i64)?;
        (e, e)
    };
    let f = BigFloat::from_literal(m.clone(), exp2, exp5)?;
    // What underflows to 0 is 0, without building its huge denominator.
    if f.is_zero() {
        return Some(Float::zero());
    }
    if !f.is_small() {
        return Some(Float::Big(f));
    }
    let scale = |base: u32, e: i64| {
        BigRational::from_integer(num_traits::pow(
            BigInt::from(base),
            e.unsigned_abs() as usize,
        ))
    };
    let times = |r: BigRational, base: u32, e: i64| {
        if e >= 0 {
            r * scale(base, e)
        } else {
            r / scale(base, e)
        }
    };
    Some(Float::Rat(times(
        times(BigRational::from_integer(m), 2, exp2),
        5,
        exp5,
    )))
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

/// A numeric constant rounded to float32 (`bits` 32) or float64; `None`
/// when it overflows.
pub fn round_float(c: &Const, bits: u32) -> Option<Const> {
    let f = c.to_real()?;
    let v = if bits == 32 {
        f.to_float(24, 127)?
    } else {
        f.to_float(53, 1023)?
    };
    Some(Const::Float(Float::from_f64(v)))
}

/// A numeric constant as a complex one.
pub fn to_complex(c: &Const) -> Const {
    match c {
        Const::Complex(..) => c.clone(),
        c => Const::Complex(c.to_real().unwrap_or_else(Float::zero), Float::zero()),
    }
}

/// A numeric constant as a complex one with each part rounded to floats of
/// `bits` (32 or 64); `None` when a part overflows.
pub fn round_complex(c: &Const, bits: u32) -> Option<Const> {
    let Const::Complex(re, im) = to_complex(c) else {
        return None;
    };
    let part = |f: Float| match round_float(&Const::Float(f), bits)? {
        Const::Float(f) => Some(f),
        _ => None,
    };
    Some(Const::Complex(part(re)?, part(im)?))
}

/// Whether both parts of a complex constant square to 0, past the binary
/// floats' exponents (`1e-600000000i`): Go reports dividing by it as a
/// division by zero.
pub fn squares_vanish(c: &Const) -> bool {
    let Const::Complex(re, im) = to_complex(c) else {
        return false;
    };
    let square_is_zero = |f: &Float| f.arith(BinaryOp::Mul, f).is_some_and(|s| s.is_zero());
    square_is_zero(&re) && square_is_zero(&im)
}

/// The parts of a complex constant as float64s.
pub fn complex_parts(c: &Const) -> Option<(f64, f64)> {
    match to_complex(c) {
        Const::Complex(re, im) => Some((re.to_float(53, 1023)?, im.to_float(53, 1023)?)),
        _ => None,
    }
}

/// Folds a binary operation on constants; `None` when the operation does not
/// apply (the checker reports why), divides by zero, or has a float result
/// too large for any constant (Go's `constant result is not representable`).
pub fn binary(op: BinaryOp, x: &Const, y: &Const, integer_division: bool) -> Option<Const> {
    use BinaryOp::*;
    Some(match (x, y) {
        (Const::Int(a), Const::Int(b)) => match op {
            Add => Const::Int(a + b),
            Sub => Const::Int(a - b),
            Mul => Const::Int(a * b),
            Div if b.is_zero() => return None,
            Div if integer_division => Const::Int(a / b),
            Div => Const::Float(Float::from_rat(BigRational::new(a.clone(), b.clone()))?),
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
            let f = |x: &Float, op, y: &Float| x.arith(op, y);
            match op {
                Add => Const::Complex(f(&a, Add, &c)?, f(&b, Add, &d)?),
                Sub => Const::Complex(f(&a, Sub, &c)?, f(&b, Sub, &d)?),
                // (ac - bd) + (bc + ad)i, each product and sum rounded on its
                // own, as go/constant computes it.
                Mul | Div => {
                    let (ac, bd) = (f(&a, Mul, &c)?, f(&b, Mul, &d)?);
                    let (bc, ad) = (f(&b, Mul, &c)?, f(&a, Mul, &d)?);
                    if op == Mul {
                        Const::Complex(f(&ac, Sub, &bd)?, f(&bc, Add, &ad)?)
                    } else {
                        // (ac + bd)/s + (bc - ad)/s i with s = cc + dd.
                        let s = f(&f(&c, Mul, &c)?, Add, &f(&d, Mul, &d)?)?;
                        let re = f(&f(&ac, Add, &bd)?, Div, &s)?;
                        Const::Complex(re, f(&f(&bc, Sub, &ad)?, Div, &s)?)
                    }
                }
                Eq => Const::Bool(a == c && b == d),
                Ne => Const::Bool(a != c || b != d),
                _ => return None,
            }
        }
        (Const::Int(_) | Const::Float(_), Const::Int(_) | Const::Float(_)) => {
            let (a, b) = (x.to_real()?, y.to_real()?);
            match op {
                Add | Sub | Mul | Div => Const::Float(a.arith(op, &b)?),
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
        (UnaryOp::Neg, Const::Float(a)) => Const::Float(a.neg()),
        (UnaryOp::Pos, Const::Complex(a, b)) => Const::Complex(a.clone(), b.clone()),
        (UnaryOp::Neg, Const::Complex(a, b)) => Const::Complex(a.neg(), b.neg()),
        (UnaryOp::Not, Const::Bool(b)) => Const::Bool(!b),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_literals_round_correctly() {
        let f = |s: &str| float_literal(s).expect("literal").to_float(53, 1023);
        assert_eq!(f("1.7976931348623157e308"), Some(f64::MAX));
        assert_eq!(f("1.7976931348623159e308"), None);
        assert_eq!(f("4.9e-324"), Some(4.9e-324));
        assert_eq!(f("2.4e-324"), Some(0.0));
        assert_eq!(f("0.1"), Some(0.1));
        assert_eq!(f("0x1.8p1"), Some(3.0));
        assert_eq!(f("1_000.5"), Some(1000.5));
        let f32 = |s: &str| float_literal(s).expect("literal").to_float(24, 127);
        assert_eq!(f32("0.1"), Some(f64::from(0.1f32)));
        assert_eq!(f32("3.4028235e38"), Some(f64::from(f32::MAX)));
        assert_eq!(f32("3.5e38"), None);
    }
}
