// Package math's Lgamma (and its sign) and Bessel functions J0, J1, Jn,
// Y0, Y1 and Yn give Go's exact bits: a few values printed, then a
// checksum of each function's result bits over special values and
// pseudo-random arguments across exponent ranges.
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

// specials covers the pieces' bounds, poles, tiny and subnormal values,
// and arguments past 2^29, 2^129 and 2^302 where the Bessel functions
// change method.
var specials = []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 2, -2, 0.5, -0.5, 1.5, -1.5,
	5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-22, -1e-22, 8.470329472543003e-22, 7.45e-9, 1.2e-4, 1.3e-4,
	0.9, 0.9000001, 0.7316321449683622, 0.23163214496836225, 1.7316321449683622, 1.1916321449683622, 1.4616321449683622,
	7.999999, 8, 2.8571, 2.857, 4.5454, 4.545, 1.9999999, 2.0000001, 33, 171, 172, 1000,
	1 << 29, 1<<29 + 1, 1e15, 1<<52 + 0.5, 1 << 52, 1 << 53, 1 << 58, 1e20, 6.9e38, 1e39, 8.2e90, 1e91, 1e200, math.MaxFloat64 / 2, math.MaxFloat64}

// sum folds a result's bits into an FNV-1a style checksum.
func sum(h, bits uint64) uint64 {
	for i := 0; i < 8; i++ {
		h = (h ^ (bits & 0xff)) * 1099511628211
		bits >>= 8
	}
	return h
}

func main() {
	l, s := math.Lgamma(-2.5)
	fmt.Println(l, s, math.J0(2.404825557695773), math.J1(-1e-10), math.Y0(0.1), math.Y1(1e300), math.Jn(3, -2.5), math.Yn(-3, 7))
	for k := 1; k <= 40; k++ {
		specials = append(specials, -float64(k), -float64(k)-0.5, float64(k)+0.5, -float64(k)+1e-9, float64(k)*1.37)
	}
	for _, b := range []float64{1e6, 1e12, 1e18, 1e150, 1e307} {
		specials = append(specials, b, -b)
	}
	lgamma := func(x float64) float64 {
		l, s := math.Lgamma(x)
		return l + float64(s)*1e300
	}
	fns := []struct {
		name   string
		f      func(float64) float64
		lo, hi int
	}{
		{"Lgamma", lgamma, -1074, 1023}, {"Lgamma small", lgamma, -4, 6},
		{"J0", math.J0, -1074, 1023}, {"J0 small", math.J0, -30, 8},
		{"J1", math.J1, -1074, 1023}, {"J1 small", math.J1, -30, 8},
		{"Y0", math.Y0, -1074, 1023}, {"Y0 small", math.Y0, -30, 8},
		{"Y1", math.Y1, -1074, 1023}, {"Y1 small", math.Y1, -30, 8},
	}
	for _, f := range fns {
		h := uint64(14695981039346656037)
		for _, x := range specials {
			h = sum(h, math.Float64bits(f.f(x)))
		}
		for i := 0; i < 1000; i++ {
			h = sum(h, math.Float64bits(f.f(gen(f.lo, f.hi))))
		}
		fmt.Printf("%-13s %016x\n", f.name, h)
	}
	fnsN := []struct {
		name string
		f    func(int, float64) float64
	}{{"Jn", math.Jn}, {"Yn", math.Yn}}
	for _, f := range fnsN {
		h := uint64(14695981039346656037)
		for n := -5; n <= 50; n++ {
			for _, x := range specials[:60] {
				h = sum(h, math.Float64bits(f.f(n, x)))
			}
		}
		for i := 0; i < 1500; i++ {
			n := int(next()%70) - 10
			lo, hi := -30, 8
			if i%3 == 0 {
				lo, hi = -1074, 1023
			}
			h = sum(h, math.Float64bits(f.f(n, gen(lo, hi))))
		}
		fmt.Printf("%-13s %016x\n", f.name, h)
	}
}
