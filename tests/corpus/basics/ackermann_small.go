package main

import "fmt"

var calls int

func ack(m, n int) int {
	calls++
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func main() {
	for m := 0; m <= 3; m++ {
		for n := 0; n <= 3; n++ {
			calls = 0
			r := ack(m, n)
			fmt.Println("ack(", m, ",", n, ") =", r, "calls:", calls)
		}
	}
	calls = 0
	v := ack(2, 10)
	fmt.Println("ack(2, 10) =", v, "calls:", calls)
}
