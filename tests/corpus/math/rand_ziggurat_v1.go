// math/rand's NormFloat64 and ExpFloat64 from seeded sources, through
// *Rand and the top-level functions after Seed: 2000 draws per seed, so
// the ziggurat's tail and edge cases all occur.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{1, 42, -7, 123456789} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println("seed", seed)
		for i := 0; i < 2000; i++ {
			fmt.Println(r.NormFloat64(), r.ExpFloat64())
		}
	}
	rand.Seed(2024)
	sum := 0.0
	for i := 0; i < 1000; i++ {
		n, e := rand.NormFloat64(), rand.ExpFloat64()
		sum += n + e
		if i%50 == 0 {
			fmt.Println(n, e)
		}
	}
	fmt.Println(sum)
	// A Rand over a source without Uint64 draws the same way.
	r := rand.New(onlyInt63{rand.NewSource(9)})
	for i := 0; i < 20; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
}

type onlyInt63 struct{ s rand.Source }

func (o onlyInt63) Int63() int64    { return o.s.Int63() }
func (o onlyInt63) Seed(seed int64) { o.s.Seed(seed) }
