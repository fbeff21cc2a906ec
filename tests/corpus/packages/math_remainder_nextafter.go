package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]float64{
		{5, 3}, {-5, 3}, {5, -3}, {7.5, 2}, {6.5, 2}, {5.5, 2}, {-5.5, 2}, {1, 0},
		{math.Inf(1), 2}, {2, math.Inf(-1)}, {math.NaN(), 1}, {0, 5}, {math.Copysign(0, -1), 5},
		{3, 3}, {-3, 3}, {1e300, 3e-300}, {math.MaxFloat64, 1.5}, {5e-324, 1e-323}, {1e-320, 3e-321},
		{10, 0.1}, {math.Pi, math.E},
	}
	for _, p := range pairs {
		r := math.Remainder(p[0], p[1])
		fmt.Println(p[0], p[1], r, math.Signbit(r))
	}
	for _, p := range [][2]float64{{1, 2}, {1, 0}, {0, 1}, {0, -1}, {-1, -2}, {math.MaxFloat64, math.Inf(1)}, {math.Inf(1), 0}, {2, 2}, {math.NaN(), 1}} {
		fmt.Println(math.Nextafter(p[0], p[1]))
	}
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, -1), math.Nextafter32(1, 1))
}
