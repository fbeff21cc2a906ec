package main

import "fmt"

// Map-heavy counting with integer and string keys.
func main() {
	counts := map[int]int{}
	x := uint32(7)
	for i := 0; i < 1_000_000; i++ {
		x = x*1103515245 + 12345
		counts[int(x>>20)%5000]++
	}
	words := []string{"go", "rust", "jit", "defer", "panic", "recover", "slice", "map"}
	wc := map[string]int{}
	for i := 0; i < 500_000; i++ {
		wc[words[i%len(words)]+words[(i/8)%len(words)]]++
	}
	best, bestN := 0, 0
	for k, v := range counts {
		if v > bestN || (v == bestN && k < best) {
			best, bestN = k, v
		}
	}
	fmt.Println(len(counts), best, bestN, len(wc), wc["gogo"], wc["mapmap"])
}
