//! The binary floats `go/constant` falls back on (a `big.Float` of 512
//! bits, rounded to nearest even) for untyped float constants whose
//! exact rational would be huge: `1e646456992`, `1e-10000`.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

/// The mantissa bits of `go/constant`'s floats.
pub const PREC: u64 = 512;

/// `big.Float`'s exponent range: with `2^(top-1) <= |x| < 2^top`, `top` is
/// an int32; past it a result is infinite (an unrepresentable constant)
/// or zero.
const MAX_TOP: i64 = i32::MAX as i64;
const MIN_TOP: i64 = i32::MIN as i64;

/// `mant × 2^exp`. `mant` has no trailing zero bits, so equal values are
/// equal structs; zero is `0 × 2^0`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigFloat {
    mant: BigInt,
    exp: i64,
}

/// What becomes of the bits a rounding drops.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    NearestEven,
    ToZero,
    AwayFromZero,
}

impl BigFloat {
    /// Zero.
    pub fn zero() -> BigFloat {
        BigFloat {
            mant: BigInt::zero(),
            exp: 0,
        }
    }

    /// `m × 2^e` rounded to `prec` bits; `sticky` says the exact value is a
    /// little larger in magnitude, by less than half the last bit `m` would
    /// keep (callers leave at least two extra bits). `None` is `big.Float`'s
    /// overflow to infinity; below its smallest exponent the result is 0.
    fn round(m: BigInt, e: i64, sticky: bool, prec: u64, mode: Mode) -> Option<BigFloat> {
        let neg = m.is_negative();
        let mut mag = m.into_parts().1;
        let mut e = e;
        let k = mag.bits().saturating_sub(prec);
        debug_assert!(!sticky || k >= 2, "sticky bits lie below the kept ones");
        if k > 0 {
            let low = &mag & ((BigUint::one() << k) - 1u32);
            mag >>= k;
            e += k as i64;
            let up = match mode {
                Mode::ToZero => false,
                Mode::AwayFromZero => sticky || !low.is_zero(),
                Mode::NearestEven => match low.cmp(&(BigUint::one() << (k - 1))) {
                    Ordering::Greater => true,
                    Ordering::Equal => sticky || mag.bit(0),
                    Ordering::Less => false,
                },
            };
            if up {
                mag += 1u32;
            }
        }
        let Some(tz) = mag.trailing_zeros() else {
            return Some(BigFloat::zero());
        };
        mag >>= tz;
        e += tz as i64;
        let top = e + mag.bits() as i64;
        if top > MAX_TOP {
            return None;
        }
        if top < MIN_TOP {
            return Some(BigFloat::zero());
        }
        let sign = if neg { Sign::Minus } else { Sign::Plus };
        Some(BigFloat {
            mant: BigInt::from_biguint(sign, mag),
            exp: e,
        })
    }

    /// `n / d × 2^e` correctly rounded to `prec` bits (`d` non-zero).
    fn quotient(n: &BigInt, d: &BigInt, e: i64, prec: u64) -> Option<BigFloat> {
        // Scale so that the integer quotient has at least prec + 2 bits;
        // the remainder then only decides ties.
        let s = (prec + 2) as i64 + d.bits() as i64 - n.bits() as i64;
        let (num, den) = if s >= 0 {
            (n << s as u64, d.clone())
        } else {
            (n.clone(), d << (-s) as u64)
        };
        let q = &num / &den;
        let sticky = !(num % den).is_zero();
        BigFloat::round(q, e - s, sticky, prec, Mode::NearestEven)
    }

    /// A rational rounded to 512 bits, as `big.Float.SetRat` rounds it.
    pub fn from_rat(r: &BigRational) -> Option<BigFloat> {
        if r.is_integer() {
            return BigFloat::round(r.numer().clone(), 0, false, PREC, Mode::NearestEven);
        }
        BigFloat::quotient(r.numer(), r.denom(), 0, PREC)
    }

    /// `digits × 2^exp2 × 5^exp5`, a literal's value as `big.Float`'s
    /// `SetString` computes it (the digits exact, times or over its
    /// rounded power of five); `None` when its exponent is out of
    /// `big.Float`'s range, which `go/constant` calls a malformed constant.
    pub fn from_literal(digits: BigInt, exp2: i64, exp5: i64) -> Option<BigFloat> {
        let top = (digits.bits() as i64).checked_add(exp2)?;
        if !(MIN_TOP..=MAX_TOP).contains(&top) {
            return None;
        }
        let x = BigFloat {
            mant: digits,
            exp: exp2,
        };
        match exp5.cmp(&0) {
            Ordering::Equal => BigFloat::round(x.mant, x.exp, false, PREC, Mode::NearestEven),
            Ordering::Greater => x.mul_prec(&pow5(exp5.unsigned_abs())?, PREC),
            // Over an infinite power of five the value underflows to 0.
            Ordering::Less => match pow5(exp5.unsigned_abs()) {
                Some(p) => x.quo(&p, PREC),
                None => Some(BigFloat::zero()),
            },
        }
    }

    /// The exponent of `big.Float.MantExp`: `2^(top-1) <= |x| < 2^top`
    /// (0 for zero).
    pub fn top(&self) -> i64 {
        if self.mant.is_zero() {
            return 0;
        }
        self.exp + self.mant.bits() as i64
    }

    /// Whether `go/constant` would take this value as a rational
    /// (its `smallFloat`: `|top| < 4096`).
    pub fn is_small(&self) -> bool {
        self.top().abs() < super::constant::MAX_EXP
    }

    /// Whether the value is 0.
    pub fn is_zero(&self) -> bool {
        self.mant.is_zero()
    }

    /// Whether the value is below 0.
    pub fn is_negative(&self) -> bool {
        self.mant.is_negative()
    }

    /// Whether the value is a whole number.
    pub fn is_int(&self) -> bool {
        self.exp >= 0 || self.is_zero()
    }

    /// The exact value as a rational: only for values of modest exponent.
    fn to_rat(&self) -> BigRational {
        let m = BigRational::from_integer(self.mant.clone());
        if self.exp >= 0 {
            m * BigRational::from_integer(BigInt::one() << self.exp as u64)
        } else {
            m / BigRational::from_integer(BigInt::one() << (-self.exp) as u64)
        }
    }

    /// The mantissa of `big.Float.MantExp` as a float64: `x / 2^top`, with
    /// `0.5 <= |m| < 1`.
    pub fn mant_f64(&self) -> f64 {
        let m = BigFloat {
            mant: self.mant.clone(),
            exp: -(self.mant.bits() as i64),
        };
        m.to_float(53, 1023).unwrap_or(0.0)
    }

    /// The value rounded to a float of `mant_bits` and largest exponent
    /// `max_exp` (`super::constant::to_float`'s rounding, so ties to even
    /// and subnormals); `None` on overflow.
    pub fn to_float(&self, mant_bits: u32, max_exp: i64) -> Option<f64> {
        let top = self.top();
        // At the very bottom of big.Float's range its Float64 and Float32
        // wrap their int32 exponent arithmetic and answer infinity: Go
        // reports such a value (`0x1p-2147483649`) as overflowing.
        if top > max_exp + 1 || (top == MIN_TOP && !self.is_zero()) {
            return None;
        }
        // Below half the smallest subnormal, without building 2^-top.
        if top <= 1 - max_exp - i64::from(mant_bits) {
            return Some(if self.is_negative() { -0.0 } else { 0.0 });
        }
        super::constant::to_float(&self.to_rat(), mant_bits, max_exp)
    }

    /// `go/constant`'s `ToInt`: the whole number this is, also when it is
    /// one only but for rounding 4 bits short of 512 (toward or away from
    /// zero), taken as the error of earlier operations; `None` for huge or
    /// tiny values, whose integers Go does not build.
    pub fn to_int(&self) -> Option<BigInt> {
        if !self.is_small() {
            return None;
        }
        let whole = |x: &BigFloat| x.is_int().then(|| &x.mant << x.exp.max(0) as u64);
        whole(self).or_else(|| {
            [Mode::ToZero, Mode::AwayFromZero]
                .into_iter()
                .find_map(|mode| {
                    let r = BigFloat::round(self.mant.clone(), self.exp, false, PREC - 4, mode)?;
                    whole(&r)
                })
        })
    }

    /// The value negated (exact).
    pub fn neg(&self) -> BigFloat {
        BigFloat {
            mant: -&self.mant,
            exp: self.exp,
        }
    }

    /// The sum rounded to 512 bits.
    pub fn add(&self, y: &BigFloat) -> Option<BigFloat> {
        let (big, small) = if y.is_zero() || (!self.is_zero() && self.top() >= y.top()) {
            (self, y)
        } else {
            (y, self)
        };
        // A term below a quarter of the sum's last bit cannot move its
        // rounding: skip it rather than shift by millions of bits.
        if small.is_zero() || small.top() < big.top() - PREC as i64 - 2 {
            return BigFloat::round(big.mant.clone(), big.exp, false, PREC, Mode::NearestEven);
        }
        let e = self.exp.min(y.exp);
        let sum = (&self.mant << (self.exp - e) as u64) + (&y.mant << (y.exp - e) as u64);
        BigFloat::round(sum, e, false, PREC, Mode::NearestEven)
    }

    /// The difference rounded to 512 bits.
    pub fn sub(&self, y: &BigFloat) -> Option<BigFloat> {
        self.add(&y.neg())
    }

    /// The product rounded to 512 bits.
    pub fn mul(&self, y: &BigFloat) -> Option<BigFloat> {
        self.mul_prec(y, PREC)
    }

    /// The product rounded to `prec` bits.
    fn mul_prec(&self, y: &BigFloat, prec: u64) -> Option<BigFloat> {
        BigFloat::round(
            &self.mant * &y.mant,
            self.exp + y.exp,
            false,
            prec,
            Mode::NearestEven,
        )
    }

    /// The quotient rounded to `prec` bits; `None` for a zero divisor.
    pub fn quo(&self, y: &BigFloat, prec: u64) -> Option<BigFloat> {
        if y.is_zero() {
            return None;
        }
        BigFloat::quotient(&self.mant, &y.mant, self.exp - y.exp, prec)
    }
}

impl PartialOrd for BigFloat {
    fn partial_cmp(&self, y: &BigFloat) -> Option<Ordering> {
        Some(self.cmp(y))
    }
}

impl Ord for BigFloat {
    fn cmp(&self, y: &BigFloat) -> Ordering {
        let sign = |x: &BigFloat| x.mant.sign();
        if sign(self) != sign(y) {
            return sign(self).cmp(&sign(y));
        }
        let mag = match self.top().cmp(&y.top()) {
            Ordering::Equal => {
                // Equal tops bound the shifts by the mantissas' widths.
                let e = self.exp.min(y.exp);
                let a = self.mant.magnitude() << (self.exp - e) as u64;
                let b = y.mant.magnitude() << (y.exp - e) as u64;
                a.cmp(&b)
            }
            o => o,
        };
        if self.is_negative() {
            mag.reverse()
        } else {
            mag
        }
    }
}

/// 5^n as `big.Float`'s `pow5` computes it for a 576-bit result: exact to
/// 5^27, then times the powers 5^(2^i) squared at 640 bits.
fn pow5(n: u64) -> Option<BigFloat> {
    const EXACT: u64 = 27;
    let exact = |k: u64| {
        BigFloat::round(
            num_traits::pow(BigInt::from(5), k as usize),
            0,
            false,
            PREC,
            Mode::NearestEven,
        )
    };
    if n <= EXACT {
        return exact(n);
    }
    let mut z = exact(EXACT)?;
    let mut f = exact(1)?;
    let mut n = n - EXACT;
    loop {
        if n & 1 != 0 {
            z = z.mul_prec(&f, PREC + 64)?;
        }
        n >>= 1;
        if n == 0 {
            return Some(z);
        }
        f = f.mul_prec(&f, PREC + 128)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(digits: i64, exp10: i64) -> Option<BigFloat> {
        BigFloat::from_literal(BigInt::from(digits), exp10, exp10)
    }

    #[test]
    fn huge_and_tiny_literals() {
        let n = lit(1, 646456992).expect("in range");
        let d = lit(1, 646456991).expect("in range");
        assert_eq!(
            n.quo(&d, PREC).and_then(|q| q.to_float(53, 1023)),
            Some(10.0)
        );
        assert_eq!(n.to_float(53, 1023), None);
        // Past big.Float's exponent range: Go's malformed constants.
        assert_eq!(lit(1, 646456993), None);
        assert_eq!(lit(1, 1_000_000_000), None);
        assert_eq!(lit(6, 5518446744), None);
        // Underflow is zero.
        assert_eq!(lit(1, -1_000_000_000), Some(BigFloat::zero()));
        let tiny = lit(-1, -10000).expect("in range");
        assert_eq!(
            tiny.to_float(53, 1023).map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
        assert!(!tiny.is_small());
    }

    #[test]
    fn arithmetic_rounds_to_512_bits() {
        let one = BigFloat::from_rat(&BigRational::one()).expect("one");
        let tiny = lit(1, -10000).expect("in range");
        assert_eq!(one.add(&tiny), Some(one.clone()));
        assert_eq!(one.add(&tiny).map(|s| s.cmp(&one)), Some(Ordering::Equal));
        assert_eq!(tiny.cmp(&BigFloat::zero()), Ordering::Greater);
        assert_eq!(BigFloat::zero().add(&tiny), Some(tiny.clone()));
        assert_eq!(tiny.add(&BigFloat::zero()), Some(tiny.clone()));
        let third = BigFloat::from_rat(&BigRational::new(1.into(), 3.into())).expect("1/3");
        let three = BigFloat::from_rat(&BigRational::from_integer(3.into())).expect("3");
        let p = third.mul(&three).expect("product");
        assert_eq!(p.to_int(), Some(BigInt::one()));
        assert_eq!(third.to_int(), None);
    }
}
