// math/rand's top-level Read after Seed continues the number the last
// call split, as Go's global Rand does; Seed starts afresh. A *Rand keeps
// its own split number.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(7)
	for _, n := range []int{3, 3, 5, 1, 0, 10, 2} {
		b := make([]byte, n)
		k, err := rand.Read(b)
		fmt.Printf("%d %v %x\n", k, err, b)
	}
	rand.Seed(7)
	b := make([]byte, 4)
	rand.Read(b)
	fmt.Printf("%x %d\n", b, rand.Intn(100))
	r := rand.New(rand.NewSource(7))
	for _, n := range []int{3, 3, 5} {
		b := make([]byte, n)
		r.Read(b)
		fmt.Printf("%x\n", b)
	}
	r.Seed(8)
	b = make([]byte, 6)
	r.Read(b)
	fmt.Printf("%x\n", b)
}
