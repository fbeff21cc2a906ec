package main

import "fmt"

// The sieve of Eratosthenes over a large []bool, several times.
func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	total := 0
	for r := 0; r < 3; r++ {
		total += sieve(5_000_000)
	}
	fmt.Println(total)
}
