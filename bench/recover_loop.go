package main

import "fmt"

// defer and recover in a hot loop: half the calls panic and recover.
func safeDiv(a, b int) (q int, failed bool) {
	defer func() {
		if recover() != nil {
			failed = true
		}
	}()
	return a / b, false
}

func main() {
	sum, fails := 0, 0
	for i := 0; i < 300_000; i++ {
		q, failed := safeDiv(i, i%2)
		sum += q
		if failed {
			fails++
		}
	}
	fmt.Println(sum, fails)
}
