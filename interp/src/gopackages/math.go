// Package math's exact operations on the bits of floats and its exponent
// helpers, as gojit provides them: written in Go over the natives (this
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
