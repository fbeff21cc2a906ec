package main

import "fmt"

func main() {
	m := map[float64]string{}
	m[1.5] = "a"
	m[-2] = "b"
	m[0.25] = "c"
	fmt.Println(m, len(m))

	// +0 and -0 are the same key.
	var zero float64
	m[zero] = "zero"
	m[-zero] = "negative zero"
	fmt.Println(len(m), m[0])

	// Every NaN is a new key, and no lookup finds one.
	nan := zero / zero
	m[nan] = "x"
	m[nan] = "y"
	_, ok := m[nan]
	fmt.Println(len(m), ok)
	delete(m, nan)
	fmt.Println(len(m))

	counts := map[float32]int{}
	for _, v := range []float32{0.5, 1.5, 0.5, 2.5, 1.5, 0.5} {
		counts[v]++
	}
	fmt.Println(counts)

	type point struct{ x, y float64 }
	seen := map[point]bool{{1, 2}: true, {0.5, -1}: true}
	fmt.Println(seen[point{1, 2}], seen[point{2, 1}], seen)

	var any1, any2 interface{} = 1.5, 1.5
	fmt.Println(any1 == any2, any1 == interface{}(float32(1.5)))
	im := map[interface{}]int{1.5: 1, float32(1.5): 2, 1: 3}
	fmt.Println(len(im), im[1.5], im[float32(1.5)])
}
