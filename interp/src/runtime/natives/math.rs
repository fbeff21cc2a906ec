//! Go's `math` package.
//!
//! Exact operations (square root, rounding, `Mod`, bit conversions) give
//! Go's results bit for bit, and so do `Log` (Go's amd64 algorithm) and the
//! elementary functions, `Erf`, `Erfc`, `Gamma`, `Lgamma` and the Bessel
//! functions of `math_algos` (Go's own algorithms, ported).

use super::super::{Runtime, Status, stack::HEADER};
use super::math_algos as go;
use crate::bytecode::MathFn;

/// Runs `math` function `f` in the frame at `base` (results first, then
/// parameters).
pub fn call(rt: &mut Runtime, f: MathFn, base: usize) -> Status {
    use MathFn::*;
    let s = &mut rt.g.stack.slots[base + HEADER..];
    let float = |w: u64| f64::from_bits(w);
    // Parameters follow the results.
    let results = match f {
        Modf | Frexp | Lgamma => 2,
        _ => 1,
    };
    let x = float(s[results]);
    let y = float(s.get(results + 1).copied().unwrap_or(0));
    let z = float(s.get(results + 2).copied().unwrap_or(0));
    // Jn and Yn take the order first.
    let n = s[results] as i64;
    let out: f64 = match f {
        Abs => x.abs(),
        Acos => go::acos(x),
        Acosh => go::acosh(x),
        Asin => go::asin(x),
        Asinh => go::asinh(x),
        Atan => go::atan(x),
        Atanh => go::atanh(x),
        Cbrt => go::cbrt(x),
        Ceil => x.ceil(),
        Cos => go::cos(x),
        Cosh => go::cosh(x),
        Exp => go::exp(x),
        Exp2 => go::exp2(x),
        Expm1 => go::expm1(x),
        Floor => x.floor(),
        Log => log(x),
        Log10 => go::log10(x),
        Log1p => go::log1p(x),
        Log2 => go::log2(x),
        // Half away from zero.
        Round => x.round(),
        RoundToEven => x.round_ties_even(),
        Sin => go::sin(x),
        Sinh => go::sinh(x),
        Sqrt => x.sqrt(),
        Tan => go::tan(x),
        Tanh => go::tanh(x),
        Trunc => x.trunc(),
        Erf => go::erf(x),
        Erfc => go::erfc(x),
        Gamma => go::gamma(x),
        J0 => go::j0(x),
        J1 => go::j1(x),
        Y0 => go::y0(x),
        Y1 => go::y1(x),
        Fma => x.mul_add(y, z),
        Jn => go::jn(n, y),
        Yn => go::yn(n, y),
        Lgamma => {
            let (v, sign) = go::lgamma(x);
            s[0] = v.to_bits();
            s[1] = sign as u64;
            return Status::Ok;
        }
        Atan2 => go::atan2(x, y),
        Copysign => x.copysign(y),
        Dim => dim(x, y),
        Hypot => hypot(x, y),
        Max => max(x, y),
        Min => -max(-x, -y),
        // The remainder of truncated division, with the sign of x (fmod),
        // exact; Go's own NaN when undefined.
        Mod if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() => go::NAN,
        Mod => x % y,
        Pow => go::pow(x, y),
        Inf => {
            if (s[results] as i64) >= 0 {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            }
        }
        NaN => f64::from_bits(0x7FF8_0000_0000_0001),
        IsNaN => {
            s[0] = u64::from(x.is_nan());
            return Status::Ok;
        }
        IsInf => {
            let sign = s[results + 1] as i64;
            s[0] = u64::from(
                (sign >= 0 && x == f64::INFINITY) || (sign <= 0 && x == f64::NEG_INFINITY),
            );
            return Status::Ok;
        }
        Signbit => {
            s[0] = u64::from(x.is_sign_negative());
            return Status::Ok;
        }
        Float64bits | Float64frombits => {
            s[0] = s[results];
            return Status::Ok;
        }
        Float32bits => {
            s[0] = u64::from((x as f32).to_bits());
            return Status::Ok;
        }
        Float32frombits => f64::from(f32::from_bits(s[results] as u32)),
        Modf => {
            // The integer part truncates toward zero; both keep x's sign.
            let int = if x.abs() < 1.0 {
                0.0f64.copysign(x)
            } else {
                x.trunc()
            };
            let frac = if x.is_infinite() {
                f64::NAN
            } else {
                (x - int).copysign(x)
            };
            s[0] = int.to_bits();
            s[1] = frac.to_bits();
            return Status::Ok;
        }
        Frexp => {
            let (frac, exp) = frexp(x);
            s[0] = frac.to_bits();
            s[1] = exp as u64;
            return Status::Ok;
        }
        Ldexp => ldexp(x, s[results + 1] as i64),
    };
    s[0] = out.to_bits();
    Status::Ok
}

/// Go's `math.Max`: +Inf wins over NaN, NaN over numbers, and +0 over -0.
/// The natural logarithm exactly as Go computes it on amd64 (its assembly
/// `archLog`), since seeded `NormFloat64`, `ExpFloat64` and `Erfinv` print
/// its last bit: FreeBSD's `e_log.c` reduction `x = 2^k·(1+f)` with
/// `1+f` in [√2/2, √2), then `log(1+f)` from `s = f/(2+f)` by a degree-14
/// polynomial in `s`. The exponent is read off the bits without
/// normalizing subnormals, as Go's assembly does.
pub(super) fn log(x: f64) -> f64 {
    // ln 2 split so that k·LN2_HI is exact, and FreeBSD's coefficients,
    // by their bits.
    const LN2_HI: f64 = f64::from_bits(0x3fe6_2e42_fee0_0000);
    const LN2_LO: f64 = f64::from_bits(0x3dea_39ef_3579_3c76);
    const L: [f64; 7] = [
        f64::from_bits(0x3FE5_5555_5555_5593),
        f64::from_bits(0x3FD9_9999_9997_FA04),
        f64::from_bits(0x3FD2_4924_9422_9359),
        f64::from_bits(0x3FCC_71C5_1D8E_78AF),
        f64::from_bits(0x3FC7_4664_96CB_03DE),
        f64::from_bits(0x3FC3_9A09_D078_C69F),
        f64::from_bits(0x3FC2_F112_DF3E_5244),
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return f64::from_bits(0x7FF8_0000_0000_0001);
    }
    if bits >= f64::INFINITY.to_bits() {
        return x;
    }
    let mut f1 = f64::from_bits(bits & 0x000F_FFFF_FFFF_FFFF | 0.5f64.to_bits());
    let mut k = f64::from(((bits >> 52) & 0x7FF) as i32 - 0x3FE);
    if f1 < std::f64::consts::FRAC_1_SQRT_2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (L[0] + s4 * (L[2] + s4 * (L[4] + s4 * L[6])));
    let t2 = s4 * (L[1] + s4 * (L[3] + s4 * L[5]));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        f64::INFINITY
    } else if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == 0.0 && y == 0.0 {
        if x.is_sign_negative() { y } else { x }
    } else if x > y {
        x
    } else {
        y
    }
}

/// Go's `math.Dim`: `max(x-y, 0)`, NaN for the undefined cases.
fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v.is_nan() {
        f64::NAN
    } else if v <= 0.0 {
        0.0
    } else {
        v
    }
}

/// Go's `math.Hypot`: `p·√(1+(q/p)²)` for `p ≥ q`, the scaling Go uses
/// against overflow (and the rounding it gives); +Inf if either is
/// infinite, even with a NaN.
fn hypot(x: f64, y: f64) -> f64 {
    if x.is_infinite() || y.is_infinite() {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return go::NAN;
    }
    let (mut p, mut q) = (x.abs(), y.abs());
    if p < q {
        std::mem::swap(&mut p, &mut q);
    }
    if p == 0.0 {
        return 0.0;
    }
    let q = q / p;
    p * (1.0 + q * q).sqrt()
}

/// `x = frac × 2^exp` with `0.5 <= |frac| < 1`; zero, Inf and NaN return
/// themselves and 0.
pub(super) fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || x.is_infinite() || x.is_nan() {
        return (x, 0);
    }
    let (mut x, mut exp) = (x, 0i64);
    if x.abs() < f64::MIN_POSITIVE {
        x *= (1u64 << 52) as f64;
        exp = -52;
    }
    let bits = x.to_bits();
    exp += ((bits >> 52) & 0x7ff) as i64 - 1022;
    let frac = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (frac, exp)
}

/// `frac × 2^exp`, correctly rounded (subnormal results included).
pub(super) fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    // frac = f × 2^e with 0.5 <= |f| < 1.
    let (f, e) = frexp(frac);
    let exp = exp.clamp(-2200, 2200) + e;
    if exp > 1024 {
        return f64::INFINITY.copysign(f);
    }
    if exp == 1024 {
        return (f * 2.0) * pow2(1023);
    }
    if exp >= -1021 {
        return f * pow2(exp);
    }
    // A subnormal result: round the 53-bit mantissa to a multiple of 2^-1074
    // once, ties to even.
    let m = (f.abs() * pow2(53)) as u64;
    let drop = (-1074 - (exp - 53)) as u32;
    let rounded = if drop >= 64 {
        0
    } else {
        let (q, r) = (m >> drop, m & ((1u64 << drop) - 1));
        let half = 1u64 << (drop - 1);
        if r > half || (r == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    f64::from_bits(rounded).copysign(f)
}

/// 2^k for k in f64's normal range.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}
