// math/rand/v2's ChaCha8: sequences across reseeds, Read in odd sizes,
// MarshalBinary and UnmarshalBinary, Seed, and a Rand over it.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	for i := range seed {
		seed[i] = byte(i * 7)
	}
	c := rand.NewChaCha8(seed)
	for i := 0; i < 600; i++ {
		fmt.Printf("%016x", c.Uint64())
		if i%4 == 3 {
			fmt.Println()
		}
	}
	c = rand.NewChaCha8([32]byte{})
	for i := 0; i < 300; i++ {
		x := c.Uint64()
		if i < 4 || i%37 == 0 {
			fmt.Println(i, x)
		}
	}
	// Read splits numbers and keeps the rest.
	c.Seed(seed)
	for _, n := range []int{1, 3, 8, 5, 16, 7, 0, 13, 2} {
		b := make([]byte, n)
		k, err := c.Read(b)
		fmt.Printf("%d %v %x\n", k, err, b)
		m, _ := c.MarshalBinary()
		fmt.Printf("%q\n", m)
	}
	// A state restored gives the same numbers again.
	for _, skip := range []int{0, 1, 31, 32, 123, 124, 125, 200} {
		c.Seed(seed)
		for i := 0; i < skip; i++ {
			c.Uint64()
		}
		m, _ := c.MarshalBinary()
		d := rand.NewChaCha8([32]byte{})
		fmt.Println(skip, d.UnmarshalBinary(m), c.Uint64() == d.Uint64(), c.Uint64() == d.Uint64())
		fmt.Printf("%x\n", m)
	}
	b := make([]byte, 3)
	c.Read(b)
	m, _ := c.MarshalBinary()
	d := rand.NewChaCha8([32]byte{})
	fmt.Println(d.UnmarshalBinary(m))
	b1, b2 := make([]byte, 9), make([]byte, 9)
	c.Read(b1)
	d.Read(b2)
	fmt.Printf("%x %x\n", b1, b2)
	fmt.Println(d.UnmarshalBinary([]byte("chacha8:short")))
	fmt.Println(d.UnmarshalBinary([]byte("readbuf:\x09")))
	bad := append([]byte("chacha8:"), make([]byte, 40)...)
	bad[15] = 125
	fmt.Println(d.UnmarshalBinary(bad))
	// Rand methods over ChaCha8.
	r := rand.New(rand.NewChaCha8(seed))
	fmt.Println(r.IntN(1000), r.Int64N(1<<40), r.Uint32(), r.Float64(), r.Perm(10))
	// PCG's encoding.
	p := rand.NewPCG(1, 2)
	p.Uint64()
	pm, _ := p.MarshalBinary()
	fmt.Printf("%x\n", pm)
	q := rand.NewPCG(0, 0)
	fmt.Println(q.UnmarshalBinary(pm), q.Uint64() == p.Uint64())
	fmt.Println(q.UnmarshalBinary([]byte("pcg:")))
}
