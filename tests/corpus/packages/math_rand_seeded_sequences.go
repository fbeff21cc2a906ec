package main

import (
	"fmt"
	"math/rand"
)

// Seeded math/rand sources give Go's exact sequences: every Rand method,
// several seeds (zero and negative ones too), reseeding, and the
// top-level functions after rand.Seed.

func main() {
	for _, seed := range []int64{1, 42, 0, -5, 1 << 40} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
		fmt.Println(r.Intn(100), r.Intn(1<<40), r.Int63n(1e12), r.Int63n(1<<20), r.Int31n(1000), r.Int31n(64))
		fmt.Printf("%.17g %.8g\n", r.Float64(), r.Float32())
	}
	r := rand.New(rand.NewSource(2024))
	fmt.Println(r.Perm(12))
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	b := make([]byte, 11)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	r.Seed(2024)
	fmt.Println(r.Perm(12))

	// A custom Source.
	var src counter
	c := rand.New(&src)
	fmt.Println(c.Intn(10), c.Uint64(), c.Float64())

	rand.Seed(99)
	fmt.Println(rand.Intn(1000), rand.Int63(), rand.Float64(), rand.Perm(6))
	deck := []int{1, 2, 3, 4, 5, 6, 7, 8}
	rand.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
}

// counter counts up by a large odd step.
type counter int64

func (c *counter) Int63() int64 {
	*c += 0x1234567890abcd
	return int64(*c) & (1<<63 - 1)
}

func (c *counter) Seed(s int64) { *c = counter(s) }
