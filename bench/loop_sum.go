package main

import "fmt"

// A tight integer loop: arithmetic, a branch and wrap-around.
func main() {
	var s, x uint32 = 0, 1
	for i := 0; i < 50_000_000; i++ {
		x = x*1664525 + 1013904223
		if x&1 == 0 {
			s += x >> 16
		} else {
			s ^= x
		}
	}
	fmt.Println(s)
}
