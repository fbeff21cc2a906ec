package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
)

// math/rand/v2: a seeded PCG gives Go's exact sequences through every Rand
// method; the top-level functions are random, so only their ranges and
// properties are printed.

type celsius int16

func main() {
	p := rand.New(rand.NewPCG(1, 2))
	fmt.Println(p.Uint64(), p.Int64(), p.Uint32(), p.Int32(), p.Int(), p.Uint())
	fmt.Println(p.IntN(1000), p.Int64N(1<<40+3), p.Int32N(77), p.Uint64N(1<<63+5), p.Uint32N(8), p.UintN(9))
	fmt.Printf("%.17g %.8g\n", p.Float64(), p.Float32())
	fmt.Println(p.Perm(10))
	s := []rune("shuffled")
	p.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(string(s))
	src := rand.NewPCG(7, 7)
	q := rand.New(src)
	first := q.Uint64()
	src.Seed(7, 7)
	fmt.Println(first == q.Uint64())

	inRange := true
	for i := 0; i < 1000; i++ {
		if v := rand.IntN(6); v < 0 || v >= 6 {
			inRange = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			inRange = false
		}
		if c := rand.N(celsius(40)); c < 0 || c >= 40 {
			inRange = false
		}
	}
	perm := rand.Perm(20)
	sort.Ints(perm)
	fmt.Println(inRange, perm[0], perm[19], len(perm))
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.IntN(0)
}
