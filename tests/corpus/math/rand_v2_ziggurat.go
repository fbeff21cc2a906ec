// math/rand/v2's NormFloat64 and ExpFloat64 from PCG and ChaCha8 sources:
// 2000 draws per seed.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	for _, seed := range [][2]uint64{{1, 2}, {42, 0}, {0xdeadbeef, 1 << 63}} {
		r := rand.New(rand.NewPCG(seed[0], seed[1]))
		fmt.Println("pcg", seed)
		for i := 0; i < 2000; i++ {
			fmt.Println(r.NormFloat64(), r.ExpFloat64())
		}
	}
	r := rand.New(rand.NewChaCha8([32]byte([]byte("chacha8 seeds are 32 bytes long!"))))
	for i := 0; i < 1000; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	// The top-level functions are random; their distributions hold.
	n, e := 0.0, 0.0
	for i := 0; i < 4000; i++ {
		n += rand.NormFloat64()
		e += rand.ExpFloat64()
	}
	fmt.Println(n/4000 > -0.2 && n/4000 < 0.2, e/4000 > 0.8 && e/4000 < 1.2)
}
