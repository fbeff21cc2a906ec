package main

import "fmt"

func rem(a, b int) (r int) {
	defer func() { fmt.Println("rem deferred, r =", r) }()
	r = -1
	r = a % b
	return r
}

func main() {
	fmt.Println(rem(7, 3))
	d := 3
	for d >= 0 {
		fmt.Println("10 % d with d =", d, "->", rem(10, d))
		d--
	}
}
