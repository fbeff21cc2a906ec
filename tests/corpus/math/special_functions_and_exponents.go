package main

import (
	"fmt"
	"math"
	"strconv"
)

// math's special functions (Erf, Erfc, Gamma, Lgamma, the Bessel
// functions) to 12 significant digits and at their special values, the
// exponent helpers (Ilogb, Logb, Pow10), FMA and Sincos.

func main() {
	for _, x := range []float64{-3.5, -0.5, 0.5, 1, 2.5, 10, 30} {
		lg, sign := math.Lgamma(x)
		fmt.Printf("%5.1f erf=%.12g erfc=%.12g gamma=%.12g lgamma=%.12g,%d\n",
			x, math.Erf(x), math.Erfc(x), math.Gamma(x), lg, sign)
		fmt.Printf("      j0=%.12g j1=%.12g jn3=%.12g y0=%.12g y1=%.12g yn2=%.12g\n",
			math.J0(x), math.J1(x), math.Jn(3, x), math.Y0(x), math.Y1(x), math.Yn(2, x))
	}
	inf, nan := math.Inf(1), math.NaN()
	for _, x := range []float64{0, math.Copysign(0, -1), -2, inf, -inf, nan} {
		lg, sign := math.Lgamma(x)
		fmt.Println(x, math.Gamma(x), lg, sign, math.Erf(x), math.Erfc(x), math.J0(x), math.Y0(x), math.Jn(2, x), math.Yn(1, x))
	}
	fmt.Println(math.Ilogb(8), math.Ilogb(0), math.Ilogb(5e-324), math.Ilogb(inf), math.Ilogb(nan))
	fmt.Println(math.Logb(0.25), math.Logb(0), math.Logb(-inf), math.Logb(1e300))
	fmt.Println(math.Pow10(-324), math.Pow10(-323), math.Pow10(0), math.Pow10(22), math.Pow10(23), math.Pow10(308), math.Pow10(309))
	fmt.Println(math.FMA(2, 3, 4), math.FMA(0.1, 10, -1), math.FMA(inf, 0, 1))
	s, c := math.Sincos(0.5)
	fmt.Printf("%.12g %.12g\n", s, c)
	fmt.Println(strconv.FormatFloat(1, 'z', -1, 64), strconv.FormatFloat(-2, 'y', 3, 64))
}
