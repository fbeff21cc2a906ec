// Pins math/rand and math/rand/v2 outputs for large/non-power-of-two bounds (Intn, Int31n, Int63n, Uint64N, Int32N, UintN), Perm/Shuffle of larger slices, Source/Source64 direct use and PCG(0,0).
package main

import (
	"fmt"
	"math/rand"
	r2 "math/rand/v2"
)

func main() {
	r := rand.New(rand.NewSource(123456789))
	s := 0
	for i := 0; i < 2000; i++ {
		s ^= r.Intn(1<<31-1) + int(r.Int31n(1000003))<<3 + int(r.Int63n(1<<62+12345))
	}
	fmt.Println(s, r.Perm(30), r.Float32(), r.Uint64())
	x := make([]int, 100)
	for i := range x {
		x[i] = i
	}
	r.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	fmt.Println(x[:20])
	q := r2.New(r2.NewPCG(9, 9))
	t := uint64(0)
	for i := 0; i < 2000; i++ {
		t ^= q.Uint64N(1<<63+5) + uint64(q.Int32N(1<<30+7)) + uint64(q.IntN(3)) + uint64(q.UintN(1e18))
	}
	fmt.Println(t, q.Perm(20), q.Float32(), q.Int64N(7), q.Uint32())
	y := make([]int, 50)
	for i := range y {
		y[i] = i
	}
	q.Shuffle(len(y), func(i, j int) { y[i], y[j] = y[j], y[i] })
	fmt.Println(y[:15])
	z := r2.New(r2.NewPCG(0, 0))
	fmt.Println(z.Int(), z.Int32(), z.Uint64(), z.Int64())
	src := rand.NewSource(0)
	fmt.Println(src.Int63())
	s64 := rand.NewSource(5).(rand.Source64)
	fmt.Println(s64.Uint64())
	fmt.Println(r2.N[int64](1) == 0)
}
