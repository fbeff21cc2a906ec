// Erfinv and Erfcinv over a sweep of their domain, near ±1 where the
// outer approximations take over, and at the special cases; every bit of
// each result shows.
package main

import (
	"fmt"
	"math"
)

func main() {
	for i := -1000; i <= 1000; i++ {
		x := float64(i) / 1000
		fmt.Println(x, math.Erfinv(x))
	}
	for k := 1; k <= 60; k++ {
		x := 1 - math.Ldexp(1, -k)
		fmt.Println(k, math.Erfinv(x), math.Erfinv(-x), math.Erfcinv(math.Ldexp(1, -k)))
	}
	for _, x := range []float64{0.85, 0.8500000000000001, 0.84999999999, 1 - 2*math.Exp(-25), 0.9999999999997, 1e-300, -1e-300} {
		fmt.Println(x, math.Erfinv(x))
	}
	for i := 0; i <= 400; i++ {
		x := float64(i) / 200
		fmt.Println(x, math.Erfcinv(x))
	}
	for _, x := range []float64{1, -1, 1.5, -2, math.Inf(1), math.Inf(-1), math.NaN(), 0, math.Copysign(0, -1)} {
		fmt.Println(x, math.Erfinv(x), math.Erfcinv(x))
	}
	// Erf undoes Erfinv to within a few ulps.
	worst := 0.0
	for i := -999; i <= 999; i++ {
		x := float64(i) / 1000
		worst = math.Max(worst, math.Abs(math.Erf(math.Erfinv(x))-x))
	}
	fmt.Println(worst < 1e-15)
	// Log is Go's own, bit for bit, subnormals included.
	for _, x := range []float64{0.5, 2, 10, 1e-310, 5e-324, 0.7071067811865476, 1.0000000000000002, 123456.789} {
		fmt.Println(x, math.Log(x))
	}
}
