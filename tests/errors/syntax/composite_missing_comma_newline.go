package main

import "fmt"

func main() {
	primes := []int{2, 3, 5, 7
	}
	fmt.Println(primes)
}
