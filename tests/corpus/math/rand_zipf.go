// Zipf variates of math/rand and math/rand/v2 from seeded sources, and
// NewZipf's refusals.
package main

import (
	"fmt"
	"math/rand"
	v2 "math/rand/v2"
)

func main() {
	r := rand.New(rand.NewSource(17))
	for _, p := range [][3]float64{{1.1, 1, 100}, {2, 1, 1000}, {1.5, 3, 10}, {3.7, 10, 1 << 40}} {
		z := rand.NewZipf(r, p[0], p[1], uint64(p[2]))
		for i := 0; i < 200; i++ {
			fmt.Print(z.Uint64(), " ")
		}
		fmt.Println()
	}
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	q := v2.New(v2.NewPCG(3, 4))
	for _, p := range [][3]float64{{1.1, 1, 100}, {2, 1, 1000}, {1.01, 2.5, 50}} {
		z := v2.NewZipf(q, p[0], p[1], uint64(p[2]))
		for i := 0; i < 200; i++ {
			fmt.Print(z.Uint64(), " ")
		}
		fmt.Println()
	}
	fmt.Println(v2.NewZipf(q, 0.9, 1, 10) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var z *rand.Zipf
	z.Uint64()
}
