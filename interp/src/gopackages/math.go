// Package math's exact operations on the bits of floats, its exponent
// helpers and the inverse error functions, as gojit provides them: written in Go over the natives (this
// file reaches them as math.X, importing its own package).
package math

import (
	"math"
	"strconv"
)

// Remainder gives the IEEE 754 remainder of x/y: x - n*y for the integer
// n nearest x/y (the even one on a tie).
func Remainder(x, y float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || y == 0:
		return math.NaN()
	case math.IsInf(y, 0) || x == 0:
		return x
	}
	neg := x < 0
	x, y = math.Abs(x), math.Abs(y)
	if x == y {
		if neg {
			return math.Copysign(0, -1)
		}
		return 0
	}
	// Bring x below 2y exactly, then take away y once or twice.
	if y <= math.MaxFloat64/2 {
		x = math.Mod(x, y+y)
	}
	if y < 0x1p-1021 {
		// y+y and x+x stay exact here; halving y might not.
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}

// Nextafter gives the float64 after x toward y (x when they are equal).
func Nextafter(x, y float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case x == y:
		return x
	case x == 0:
		return math.Copysign(math.Float64frombits(1), y)
	case (y > x) == (x > 0):
		return math.Float64frombits(math.Float64bits(x) + 1)
	}
	return math.Float64frombits(math.Float64bits(x) - 1)
}

// Nextafter32 gives the float32 after x toward y (x when they are equal).
func Nextafter32(x, y float32) float32 {
	switch {
	case x != x || y != y:
		return float32(math.NaN())
	case x == y:
		return x
	case x == 0:
		return float32(math.Copysign(float64(math.Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return math.Float32frombits(math.Float32bits(x) + 1)
	}
	return math.Float32frombits(math.Float32bits(x) - 1)
}

// Ilogb gives the binary exponent of x (MinInt32 for 0, MaxInt32 for NaN
// and ±Inf).
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return math.MinInt32
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.MaxInt32
	}
	_, e := math.Frexp(x)
	return e - 1
}

// Logb gives the binary exponent of x (-Inf for 0, +Inf for ±Inf).
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, 0):
		return math.Inf(1)
	case math.IsNaN(x):
		return x
	}
	_, e := math.Frexp(x)
	return float64(e - 1)
}

// Sincos gives Sin(x) and Cos(x).
func Sincos(x float64) (sin, cos float64) {
	return math.Sin(x), math.Cos(x)
}

// Pow10 gives 10**n, correctly rounded: 0 below -323, +Inf above 308.
func Pow10(n int) float64 {
	switch {
	case n < -323:
		return 0
	case n > 308:
		return math.Inf(1)
	}
	f, _ := strconv.ParseFloat("1e"+strconv.Itoa(n), 64)
	return f
}

// Erfinv gives the inverse of Erf: ±Inf at ±1, NaN outside [-1, 1].
// It is Wichura's rational approximation (algorithm AS 241), with one
// ratio of degree-7 polynomials for each of three ranges of |x|, the
// outer two in the variable sqrt(ln 2 - ln(1-|x|)).
func Erfinv(x float64) float64 {
	switch {
	case x == 1 || x == -1:
		return math.Inf(int(x))
	case math.IsNaN(x) || x < -1 || x > 1:
		return math.NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var y float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		y = x * horner7(r, [8]float64{
			1.1975323115670912564578e0, 4.7072688112383978012285e1,
			6.9706266534389598238465e2, 4.8548868893843886794648e3,
			1.6235862515167575384252e4, 2.3782041382114385731252e4,
			1.1819493347062294404278e4, 8.8709406962545514830200e2,
		}) / horner7(r, [8]float64{
			1.0000000000000000000e0, 4.2313330701600911252e1,
			6.8718700749205790830e2, 5.3941960214247511077e3,
			2.1213794301586595867e4, 3.9307895800092710610e4,
			2.8729085735721942674e4, 5.2264952788528545610e3,
		})
	} else if r := math.Sqrt(math.Ln2 - math.Log(1.0-x)); r <= 5.0 {
		r -= 1.6
		y = horner7(r, [8]float64{
			1.42343711074968357734e0, 4.63033784615654529590e0,
			5.76949722146069140550e0, 3.64784832476320460504e0,
			1.27045825245236838258e0, 2.41780725177450611770e-1,
			2.27238449892691845833e-2, 7.74545014278341407640e-4,
		}) / horner7(r, [8]float64{
			1.4142135623730950488016887e0, 2.9036514445419946173133295e0,
			2.3707661626024532365971225e0, 9.7547832001787427186894837e-1,
			2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
			7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9,
		})
	} else {
		r -= 5.0
		y = horner7(r, [8]float64{
			6.65790464350110377720e0, 5.46378491116411436990e0,
			1.78482653991729133580e0, 2.96560571828504891230e-1,
			2.65321895265761230930e-2, 1.24266094738807843860e-3,
			2.71155556874348757815e-5, 2.01033439929228813265e-7,
		}) / horner7(r, [8]float64{
			1.414213562373095048801689e0, 8.482908416595164588112026e-1,
			1.936480946950659106176712e-1, 2.103693768272068968719679e-2,
			1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
			2.010321207683943062279931e-7, 2.891024605872965461538222e-15,
		})
	}
	if neg {
		return -y
	}
	return y
}

// horner7 evaluates the polynomial with coefficients c (c[0] the constant
// term) at r, highest power first.
func horner7(r float64, c [8]float64) float64 {
	y := c[7]
	for i := 6; i >= 0; i-- {
		y = y*r + c[i]
	}
	return y
}

// Erfcinv gives the inverse of Erfc: Erfinv(1 - x).
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}
