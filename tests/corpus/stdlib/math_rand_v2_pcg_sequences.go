// Pins exact math/rand/v2 sequences from rand.New(rand.NewPCG(a, b)): Uint64, IntN, Int64N, Uint32N, Float64, Perm, Shuffle, N generic.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	p := rand.NewPCG(1, 2)
	fmt.Println(p.Uint64(), p.Uint64(), p.Uint64())
	r := rand.New(rand.NewPCG(42, 1024))
	for i := 0; i < 8; i++ {
		fmt.Print(r.IntN(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int64(), r.Uint32(), r.Int32N(1000), r.Int64N(1<<50), r.Uint64N(12345), r.Uint32N(7), r.UintN(99), r.Int())
	fmt.Printf("%.10f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	xs := []int{1, 2, 3, 4, 5, 6, 7}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	p.Seed(1, 2)
	fmt.Println(p.Uint64())
	_ = time.Second
	fmt.Println(rand.N(10) < 10, rand.IntN(5) < 5)
}
