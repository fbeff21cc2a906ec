package main

import "fmt"

const (
	third = 1.0 / 3
	huge  = 1e400
	tiny  = 1e-400
	ratio = huge / 1e390
)

const typed float32 = 0.1

const (
	a = iota * 0.5
	b
	c
)

func main() {
	// Untyped constants are exact: third*3 is exactly 1.
	fmt.Println(third, third*3 == 1, third*3)
	// Intermediate values beyond float64 are fine in constants.
	fmt.Println(ratio, huge/huge, tiny*1e400)
	fmt.Println(typed, float64(typed), typed*3)
	fmt.Println(a, b, c)
	// Integer-valued float constants convert to integers.
	const whole = 12.0
	var n int = whole
	arr := [whole / 4]int{}
	fmt.Println(n, len(arr), 1e3, int64(1e18))
	// Untyped int constants take a float type from context.
	var f float64 = 1 << 62
	g := 5 / 2.0
	h := 5 / 2
	fmt.Println(f, g, h, 7.0/2, 1<<3*1.5)
	const maxf = 1.7976931348623157e308
	fmt.Println(maxf, -maxf, 0.1+0.2 == 0.3)
	x := 10
	fmt.Println(float64(x)*third, 2.5e-3, 0x1p-2, 0x1.8p1, 1_000.5)
}
