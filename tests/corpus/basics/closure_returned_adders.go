package main

import "fmt"

func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func twice(f func(int) int) func(int) int {
	return compose(f, f)
}

func main() {
	add5 := adder(5)
	add10 := adder(10)
	fmt.Println(add5(1), add10(1), adder(-3)(3))
	h := compose(add5, func(x int) int { return x * 2 })
	fmt.Println("(1+5)*2 =", h(1))
	q := twice(twice(add5))
	fmt.Println("1+20 =", q(1))
	var f func(int) int
	f = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * f(n-1)
	}
	fmt.Println("10! =", f(10))
}
