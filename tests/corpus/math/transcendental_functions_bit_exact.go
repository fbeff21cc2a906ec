// Package math's elementary functions, Erf, Erfc and Gamma give Go's exact bits: a few values
// printed, then a checksum of each function's result bits over special
// values and pseudo-random arguments across exponent ranges.
package main

import (
	"fmt"
	"math"
)

var state uint64 = 0x9E3779B97F4A7C15

// next is xorshift64, so the arguments are the same everywhere.
func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// gen gives ±m·2^e with a random mantissa m in [1, 2) and e in [lo, hi].
func gen(lo, hi int) float64 {
	e := lo + int(next()%uint64(hi-lo+1))
	x := math.Ldexp(1+float64(next()>>11)/(1<<53), e)
	if next()&1 == 1 {
		x = -x
	}
	return x
}

var specials = []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, 2, 0.1, 0.9999, -0.9999,
	5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e300, math.MaxFloat64, 709.78, 709.79, -745.1, -745.2, 1023.9, -1074.5,
	0.66, 0.7, 2.414, 21, 22, 44.1, 0.625, 1 << 28, 1 << 29, 1e22, 1 + 1e-15, 1 - 1e-16, 1e-20, 40, -40, 0.34657, 1.0397}

type fn1 struct {
	name   string
	f      func(float64) float64
	lo, hi int
}

// sum folds a result's bits into an FNV-1a style checksum.
func sum(h, bits uint64) uint64 {
	for i := 0; i < 8; i++ {
		h = (h ^ (bits & 0xff)) * 1099511628211
		bits >>= 8
	}
	return h
}

func main() {
	fmt.Println(math.Log10(0.1), math.Acos(0.9999), math.Exp(1), math.Pow(10, -0.5), math.Sin(1e22), math.Cos(1e300), math.Tan(math.Pi/2))
	fmt.Println(math.Expm1(1e-10), math.Log1p(-0.5), math.Atan2(-1, -3), math.Cbrt(-27.5), math.Sinh(-0.3), math.Tanh(0.7), math.Exp2(-1074.5))
	for k := 1; k < 24; k++ {
		r := float64(k) * math.Pi / 4
		specials = append(specials, r, math.Nextafter(r, 0), math.Nextafter(r, 100), -r)
	}
	for _, k := range []float64{1e9, 1e15, 1e18, 1e100, 1e308} {
		specials = append(specials, k*math.Pi, k*math.Pi/2)
	}
	fns := []fn1{
		{"Exp", math.Exp, -12, 10}, {"Exp2", math.Exp2, -12, 11}, {"Expm1", math.Expm1, -60, 10},
		{"Log", math.Log, -1074, 1023}, {"Log10", math.Log10, -1074, 1023}, {"Log2", math.Log2, -1074, 1023}, {"Log1p", math.Log1p, -60, 1023},
		{"Sin", math.Sin, -30, 1023}, {"Cos", math.Cos, -30, 1023}, {"Tan", math.Tan, -30, 1023},
		{"Sin small", math.Sin, -10, 30}, {"Cos small", math.Cos, -10, 30}, {"Tan small", math.Tan, -10, 30},
		{"Asin", math.Asin, -40, 0}, {"Acos", math.Acos, -40, 0}, {"Atan", math.Atan, -40, 1023}, {"Atan small", math.Atan, -4, 4},
		{"Sinh", math.Sinh, -30, 10}, {"Cosh", math.Cosh, -30, 10}, {"Tanh", math.Tanh, -30, 7},
		{"Asinh", math.Asinh, -40, 1023}, {"Acosh", math.Acosh, 0, 1023}, {"Acosh near 1", func(x float64) float64 { return math.Acosh(1 + x) }, -50, 3},
		{"Atanh", math.Atanh, -40, 0}, {"Cbrt", math.Cbrt, -1074, 1023},
		{"Sincos", func(x float64) float64 { s, c := math.Sincos(x); return s + 3*c }, -30, 1023},
		{"Erf", math.Erf, -40, 3}, {"Erfc", math.Erfc, -40, 5}, {"Gamma", math.Gamma, -10, 8},
	}
	for _, f := range fns {
		h := uint64(14695981039346656037)
		for _, x := range specials {
			h = sum(h, math.Float64bits(f.f(x)))
		}
		for i := 0; i < 300; i++ {
			h = sum(h, math.Float64bits(f.f(gen(f.lo, f.hi))))
		}
		fmt.Printf("%-13s %016x\n", f.name, h)
	}
	fns2 := []struct {
		name   string
		f      func(x, y float64) float64
		lo, hi int
	}{
		{"Pow", math.Pow, -20, 20}, {"Pow wide", math.Pow, -1074, 1023}, {"Atan2", math.Atan2, -1074, 1023}, {"Atan2 small", math.Atan2, -5, 5},
		{"Hypot", math.Hypot, -1074, 1023}, {"Mod", math.Mod, -1074, 1023}, {"Remainder", math.Remainder, -5, 20},
	}
	for _, f := range fns2 {
		h := uint64(14695981039346656037)
		for _, x := range specials[:30] {
			for _, y := range specials[:30] {
				h = sum(h, math.Float64bits(f.f(x, y)))
			}
		}
		for i := 0; i < 600; i++ {
			x, y := gen(f.lo, f.hi), gen(f.lo, f.hi)
			switch {
			case f.name == "Pow" && i%2 == 0:
				y = float64(int64(next()%200)-100) / 2
			case f.name == "Pow" && i%3 == 0:
				x = math.Abs(x)
			}
			h = sum(h, math.Float64bits(f.f(x, y)))
		}
		fmt.Printf("%-13s %016x\n", f.name, h)
	}
}
