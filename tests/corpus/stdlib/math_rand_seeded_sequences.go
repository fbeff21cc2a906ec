// Pins exact math/rand sequences from rand.New(rand.NewSource(seed)): Int63, Int, Intn, Int31n, Float64, Perm, Shuffle, Uint32, Int63n.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int63(), r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	for i := 0; i < 10; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63n(1000000007), r.Int31n(10), r.Intn(1<<40), r.Float64(), r.Float32())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	r2 := rand.New(rand.NewSource(1))
	r3 := rand.New(rand.NewSource(1))
	same := true
	for i := 0; i < 100; i++ {
		if r2.Int() != r3.Int() {
			same = false
		}
	}
	fmt.Println(same)
	r4 := rand.New(rand.NewSource(-7))
	fmt.Println(r4.Int63(), r4.Intn(6)+1)
	r4.Seed(42)
	fmt.Println(r4.Int63())
	src := rand.NewSource(99)
	fmt.Println(src.Int63())
	r5 := rand.New(rand.NewSource(2024))
	buf := make([]byte, 8)
	n, err := r5.Read(buf)
	fmt.Println(n, err, buf)
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += r5.Intn(10)
	}
	fmt.Println(sum)
}
