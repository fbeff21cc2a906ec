package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(a, b, c int) (int, int) {
	lo, hi := a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return lo, hi
}

func three() (string, int, bool) {
	return "x", 3, true
}

func pass(a, b int) (int, int) {
	return divmod(a, b)
}

func main() {
	q, r := divmod(47, 5)
	fmt.Println(q, r)
	fmt.Println(minmax(4, -2, 9))
	s, n, ok := three()
	fmt.Println(s, n, ok)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	i, j := 0, 10
	i, j = j, i+j
	fmt.Println(i, j)
	_, rem := pass(100, 7)
	fmt.Println("rem", rem)
}
