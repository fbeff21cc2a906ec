// Untyped float constants far past float64's range: Go keeps them as
// 512-bit binary floats, so they compute and compare at compile time and
// only their float64 results must fit.
package main

import (
	"fmt"
	"math"
)

const (
	huge  = 1e646456992 // near the largest exponent Go's constants have
	huge2 = 1e646456991
	tiny  = 1e-646456992
	t1    = 1e-10000
	big1  = 1e1000
	big2  = big1 * big1 // too large a rational: a binary float
	hx    = 0x1p-100000
	hx2   = 0x1p100000
)

func main() {
	fmt.Println(huge/huge2, huge2/huge, huge*tiny, tiny*huge2)
	fmt.Println(t1 == 0, t1 > 0, -t1 < 0, t1*1e10000, t1*1e10000 == 1)

	// Underflow is +0, also for a negative constant.
	var f float64 = t1
	var g float32 = -t1
	var m = -1e-10000
	fmt.Println(f, g, math.Signbit(float64(g)), math.Signbit(m))

	fmt.Println(big2/big1/big1, big2/1e1999)
	const one = big2 / big2
	var i int = one
	fmt.Println(i, one == 1)
	// Whole but for rounding: Go's constants still take it as an integer.
	const third = (big2 / 3) / big2 * 3
	var j int = third
	fmt.Println(j)

	fmt.Println(hx*hx2, hx2*0x1p-100001, hx > 0)
	fmt.Println(float32(1e-10000*1e10000), float64(big2/1e2000))
	const c = complex(1e-5000, 1e5000)
	fmt.Println(real(c*1e5000), imag(c/1e5000))
	// 512 bits of mantissa: 1 + 1e-5000 is 1.
	fmt.Println(1e-5000+1 == 1, 1+1e-5000 > 1, 1e-5000+1e-5000 == 2e-5000)
	const mx = math.MaxFloat64 * 1e10000 / 1e10000
	fmt.Println(mx == math.MaxFloat64, float64(mx))
	fmt.Println(1e4000/1e3999, 1e-4000*1e4000)
	x := huge / huge2
	fmt.Printf("%v %T\n", x, x)
	fmt.Println(0.1e-9999*1e10000, 123456789e-10005*1e10000)
	fmt.Println(max(huge, tiny, 1) > 1e1000000, min(huge, -tiny, 1) < 0)
	fmt.Println(1e-1000000000 == 0, 0x1p-2147483648 > 0)
}
