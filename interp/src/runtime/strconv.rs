//! Go's `strconv` float conversions: `FormatFloat` (`ftoa.go`) with every
//! format Go has, and `ParseFloat`'s syntax.
//!
//! Go finds decimal digits with Ryū (shortest, or a fixed count) and falls
//! back to exact big-decimal rounding; both give the correctly rounded
//! digits of the exact binary value, ties to even. Rust's float formatting
//! gives the same digits (shortest round-trip, or exactly rounded), so
//! gojit takes digits from it and lays them out as `ftoa.go` does.

/// Decimal digits of a non-negative float: the value is `0.d₁d₂… × 10^dp`.
/// Digits carry no trailing zeros; zero has no digits and `dp` 0.
struct Decimal {
    d: Vec<u8>,
    dp: i32,
}

impl Decimal {
    /// Parses Rust's `{:e}` output of a non-negative number: `d.ddde±x`.
    fn from_exp(s: &str) -> Decimal {
        let (mant, exp) = s.split_once('e').expect("`{:e}` output has an exponent");
        let exp: i32 = exp.parse().expect("`{:e}` exponent is an integer");
        let digits: Vec<u8> = mant.bytes().filter(|&b| b != b'.').collect();
        Decimal::normalized(digits, exp + 1)
    }

    /// Parses Rust's fixed `{:.N}` output of a non-negative number.
    fn from_fixed(s: &str) -> Decimal {
        let int_len = s.find('.').unwrap_or(s.len()) as i32;
        let digits: Vec<u8> = s.bytes().filter(|&b| b != b'.').collect();
        Decimal::normalized(digits, int_len)
    }

    fn normalized(mut d: Vec<u8>, mut dp: i32) -> Decimal {
        let lead = d.iter().take_while(|&&b| b == b'0').count();
        d.drain(..lead);
        dp -= lead as i32;
        while d.last() == Some(&b'0') {
            d.pop();
        }
        if d.is_empty() {
            dp = 0;
        }
        Decimal { d, dp }
    }

    fn nd(&self) -> i32 {
        self.d.len() as i32
    }

    /// The shortest digits that read back as `v` (as a float32 when `bits`
    /// is 32).
    fn shortest(v: f64, bits: u32) -> Decimal {
        if bits == 32 {
            Decimal::from_exp(&format!("{:e}", v as f32))
        } else {
            Decimal::from_exp(&format!("{v:e}"))
        }
    }

    /// `v` rounded to `n ≥ 1` significant digits.
    fn significant(v: f64, n: i32) -> Decimal {
        Decimal::from_exp(&format!("{:.*e}", (n - 1) as usize, v))
    }

    /// `v` rounded to `n ≥ 0` digits after the decimal point.
    fn fixed(v: f64, n: i32) -> Decimal {
        Decimal::from_fixed(&format!("{:.*}", n as usize, v))
    }
}

/// Go's `strconv.FormatFloat(v, fmt, prec, bits)`: formats `e E f g G b x X`;
/// a negative `prec` asks for the fewest digits that read back exactly.
pub fn format_float(v: f64, fmt: u8, prec: i32, bits: u32) -> String {
    // Go formats a float32's value: the float64 rounded to one first.
    let v = if bits == 32 { f64::from(v as f32) } else { v };
    let mut out = String::new();
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    let neg = v.is_sign_negative();
    let a = v.abs();
    match fmt {
        b'b' => return format_b(v, bits),
        b'x' | b'X' => return format_x(v, prec, fmt, bits),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        // Go gives `%` and the format byte for an unknown format.
        _ => return format!("%{}", fmt as char),
    }
    if neg {
        out.push('-');
    }
    let shortest = prec < 0;
    let mut prec = prec;
    let digs = if shortest {
        let d = Decimal::shortest(a, bits);
        prec = match fmt {
            b'e' | b'E' => (d.nd() - 1).max(0),
            b'f' => (d.nd() - d.dp).max(0),
            _ => d.nd(),
        };
        d
    } else {
        match fmt {
            b'e' | b'E' => Decimal::significant(a, prec + 1),
            b'f' => Decimal::fixed(a, prec),
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                Decimal::significant(a, prec)
            }
            _ => {
                return format!("%{}", fmt as char);
            }
        }
    };
    match fmt {
        b'e' | b'E' => fmt_e(&mut out, &digs, prec, fmt),
        b'f' => fmt_f(&mut out, &digs, prec),
        b'g' | b'G' => {
            let mut eprec = prec;
            if eprec > digs.nd() && digs.nd() >= digs.dp {
                eprec = digs.nd();
            }
            // %e is used if the exponent from the conversion is less than
            // -4 or at least the precision (6 for the shortest form).
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > digs.nd() {
                    prec = digs.nd();
                }
                fmt_e(&mut out, &digs, prec - 1, fmt + b'e' - b'g');
            } else {
                if prec > digs.dp {
                    prec = digs.nd();
                }
                fmt_f(&mut out, &digs, (prec - digs.dp).max(0));
            }
        }
        _ => unreachable!("handled above"),
    }
    out
}

/// `d.ddddde±dd`.
fn fmt_e(out: &mut String, d: &Decimal, prec: i32, fmt: u8) {
    out.push(d.d.first().map_or('0', |&c| c as char));
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(d.d.get(i as usize).map_or('0', |&c| c as char));
        }
    }
    out.push(fmt as char);
    let exp = if d.d.is_empty() { 0 } else { d.dp - 1 };
    out.push(if exp < 0 { '-' } else { '+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

/// `ddddd.ddddd`.
fn fmt_f(out: &mut String, d: &Decimal, prec: i32) {
    if d.dp > 0 {
        for i in 0..d.dp {
            out.push(d.d.get(i as usize).map_or('0', |&c| c as char));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 0..prec {
            let j = d.dp + i;
            let c = if j >= 0 { d.d.get(j as usize) } else { None };
            out.push(c.map_or('0', |&c| c as char));
        }
    }
}

/// The mantissa and binary exponent of a finite float as `ftoa.go` has
/// them: `|v| = mant × 2^(exp - mantbits)`, with the implicit bit set.
fn mant_exp(v: f64, bits: u32) -> (u64, i32, u32) {
    let (raw, mantbits, expbits, bias) = if bits == 32 {
        (u64::from((v as f32).to_bits()), 23u32, 8u32, -127i32)
    } else {
        (v.to_bits(), 52, 11, -1023)
    };
    let mut exp = ((raw >> mantbits) & ((1 << expbits) - 1)) as i32;
    let mut mant = raw & ((1u64 << mantbits) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mantbits;
    }
    exp += bias;
    (mant, exp, mantbits)
}

/// `%b`: `-ddddp±ddd`, a decimal mantissa and a binary exponent.
fn format_b(v: f64, bits: u32) -> String {
    let (mant, exp, mantbits) = mant_exp(v, bits);
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let e = exp - mantbits as i32;
    format!("{sign}{mant}p{}{}", if e >= 0 { "+" } else { "-" }, e.abs())
}

/// `%x`: `-0x1.yyyyyp±dd`, a hexadecimal mantissa and a binary exponent.
fn format_x(v: f64, prec: i32, fmt: u8, bits: u32) -> String {
    let (mut mant, mut exp, mantbits) = mant_exp(v, bits);
    if mant == 0 {
        exp = 0;
    }
    // Shift the leading 1 (if any) to bit 60.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut out = String::new();
    if v.is_sign_negative() {
        out.push('-');
    }
    out.push('0');
    out.push(fmt as char);
    out.push((b'0' + ((mant >> 60) & 1) as u8) as char);
    mant <<= 4;
    let digits = if prec < 0 && mant != 0 {
        out.push('.');
        usize::MAX
    } else if prec > 0 {
        out.push('.');
        prec as usize
    } else {
        0
    };
    let mut i = 0;
    while i < digits && (prec >= 0 || mant != 0) {
        out.push(hex[((mant >> 60) & 15) as usize] as char);
        mant <<= 4;
        i += 1;
    }
    out.push(if fmt == b'X' { 'P' } else { 'p' });
    out.push(if exp < 0 { '-' } else { '+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
    out
}

/// Go's runtime `print` of a float: `+d.dddddde±ddd`, seven digits found by
/// repeated scaling (not correctly rounded, exactly as `print.go` does).
pub fn runtime_print_float(mut v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v + v == v && v > 0.0 {
        return "+Inf".into();
    }
    if v + v == v && v < 0.0 {
        return "-Inf".into();
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = b'0' + s as u8;
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = b'0' + (e / 100) as u8;
    buf[N + 5] = b'0' + (e / 10 % 10) as u8;
    buf[N + 6] = b'0' + (e % 10) as u8;
    String::from_utf8_lossy(&buf).into_owned()
}

#[cfg(test)]
mod tests {
    use super::format_float as ff;

    #[test]
    fn shortest_forms_match_go() {
        assert_eq!(ff(0.0, b'g', -1, 64), "0");
        assert_eq!(ff(1.0, b'g', -1, 64), "1");
        assert_eq!(ff(0.1, b'g', -1, 64), "0.1");
        assert_eq!(ff(1e6, b'g', -1, 64), "1e+06");
        assert_eq!(ff(123456.0, b'g', -1, 64), "123456");
        assert_eq!(ff(1e-5, b'g', -1, 64), "1e-05");
        assert_eq!(ff(0.0001, b'g', -1, 64), "0.0001");
        assert_eq!(ff(-2.5e300, b'g', -1, 64), "-2.5e+300");
        assert_eq!(ff(f64::from(0.1f32), b'g', -1, 32), "0.1");
        assert_eq!(ff(f64::from(0.1f32), b'g', -1, 64), "0.10000000149011612");
        assert_eq!(ff(3.0, b'e', -1, 64), "3e+00");
        assert_eq!(ff(1.5, b'f', -1, 64), "1.5");
    }

    #[test]
    fn fixed_forms_match_go() {
        assert_eq!(ff(1.23456, b'f', 2, 64), "1.23");
        assert_eq!(ff(2.5, b'f', 0, 64), "2");
        assert_eq!(ff(0.006, b'f', 2, 64), "0.01");
        assert_eq!(ff(-0.0, b'f', 3, 64), "-0.000");
        assert_eq!(ff(1234.5678, b'e', 3, 64), "1.235e+03");
        assert_eq!(ff(1e100, b'e', 2, 64), "1.00e+100");
        assert_eq!(ff(100000.0, b'g', 3, 64), "1e+05");
        assert_eq!(ff(123.456, b'g', 4, 64), "123.5");
        assert_eq!(ff(0.0, b'e', 6, 64), "0.000000e+00");
        assert_eq!(ff(1.0, b'b', -1, 64), "4503599627370496p-52");
        assert_eq!(ff(1.0, b'x', -1, 64), "0x1p+00");
        assert_eq!(ff(3.5, b'x', 3, 64), "0x1.c00p+01");
    }

    #[test]
    fn runtime_print_matches_go() {
        assert_eq!(super::runtime_print_float(1.5), "+1.500000e+000");
        assert_eq!(super::runtime_print_float(-0.0), "-0.000000e+000");
        assert_eq!(super::runtime_print_float(1e100), "+1.000000e+100");
        assert_eq!(super::runtime_print_float(f64::NAN), "NaN");
    }
}
