package main

import "fmt"

func main() {
	ages := map[string]int{
		"ann": 31,
		"bob": 42
	}
	primes := []int{
		2, 3, 5
	}
	fmt.Println(len(ages) len(primes))
	fmt.Println("done"
}
