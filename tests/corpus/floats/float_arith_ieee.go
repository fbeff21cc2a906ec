package main

import "fmt"

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(-a, +a, a/3)

	// Division by zero is not a panic for floats.
	var zero float64
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(inf, ninf, nan, inf-inf, inf*0, -zero)
	fmt.Println(inf > 1e308, ninf < -1e308, inf == inf)

	// NaN is unordered and unequal to everything, itself included.
	fmt.Println(nan == nan, nan != nan, nan < 0, nan > 0, nan <= nan, nan >= nan)
	x := nan
	fmt.Println(x == x, x != x)

	// Negative zero equals zero but keeps its sign.
	nz := -zero
	fmt.Println(nz == 0, 1/nz, nz)

	// Rounding error accumulates as in IEEE float64.
	s := 0.0
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s, s == 1, 0.1+0.2, 0.1+0.2 == 0.3)

	// Compound assignment and increments.
	c := 1.5
	c *= 4
	c -= 0.5
	c /= 2
	c++
	c--
	c++
	fmt.Println(c)

	// Extremes.
	fmt.Println(1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308)
	big := 1e308
	fmt.Println(big*10, -big*10, big/1e-10)
}
