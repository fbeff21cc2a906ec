//! Float-to-integer conversions as Go compiles them for amd64, so that
//! out-of-range values (which the spec leaves to the implementation) give
//! what the `go build` binary gives.

/// CVTTSD2SI of `bits` (32 or 64): truncation toward zero, and the "integer
/// indefinite" value (the most negative integer) for NaN or out of range.
pub fn cvttsd2si(v: f64, bits: u32) -> i64 {
    let (lo, hi) = if bits == 32 {
        (i32::MIN as f64, -(i32::MIN as f64))
    } else {
        (i64::MIN as f64, -(i64::MIN as f64))
    };
    let t = v.trunc();
    if t.is_nan() || t < lo || t >= hi {
        if bits == 32 {
            i64::from(i32::MIN)
        } else {
            i64::MIN
        }
    } else {
        t as i64
    }
}

/// `uint64(v)`: Go converts values below 2^63 directly and larger ones after
/// subtracting 2^63, then sets the top bit.
pub fn to_uint64(v: f64) -> u64 {
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if v < TWO63 {
        cvttsd2si(v, 64) as u64
    } else {
        (cvttsd2si(v - TWO63, 64) as u64) | (1 << 63)
    }
}

/// The builtin `min` (`is_min`) or `max` of two floats: NaN if either is,
/// and zeros ordered -0 < +0.
pub fn min_max(x: f64, y: f64, is_min: bool) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        // Only zeros of different signs differ here.
        let neg = if is_min {
            x.is_sign_negative() || y.is_sign_negative()
        } else {
            x.is_sign_negative() && y.is_sign_negative()
        };
        return if neg { -x.abs() } else { x.abs() };
    }
    if (x < y) == is_min { x } else { y }
}

/// Go's `complex128div`: Smith's algorithm (Commun. ACM 5(8), 1962), then
/// C99's rules (ISO/IEC 9899:1999 G.5.1) for infinite and zero results.
pub fn complex_div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let ((a, b), (c, d)) = (n, m);
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf = f64::INFINITY;
        let unit = |x: f64, on: bool| if on { 1f64 } else { 0f64 }.copysign(x);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (unit(a, a.is_infinite()), unit(b, b.is_infinite()));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (unit(c, c.is_infinite()), unit(d, d.is_infinite()));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}
