package main

import "fmt"

var counter int

// one open-codable defer per call
func bump(k int) int {
	defer func() { counter += k }()
	return k
}

// defers in a loop: these go on the defer chain
func loopDefers(n int) (s int) {
	for i := 0; i < n; i++ {
		defer func() { s += i }()
	}
	return 0
}

// a panic recovered in the same frame, with a named result set by the defer
func guarded(i int) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	if i%2 == 0 {
		panic(i)
	}
	z := i % 5
	return 100/z > 0
}

func main() {
	sum := 0
	for i := 0; i < 2000000; i++ {
		sum += bump(i % 7)
	}
	fmt.Println("bump:", sum, counter)

	total := 0
	for i := 0; i < 20000; i++ {
		total += loopDefers(50)
	}
	fmt.Println("loopDefers:", total)

	good, bad := 0, 0
	for i := 0; i < 250000; i++ {
		if guarded(i) {
			good++
		} else {
			bad++
		}
	}
	fmt.Println("guarded:", good, bad)
}
