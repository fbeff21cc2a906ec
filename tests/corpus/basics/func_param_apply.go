package main

import "fmt"

func apply(f func(int) int, x int) int {
	return f(x)
}

func applyN(f func(int) int, n, x int) int {
	for i := 0; i < n; i++ {
		x = f(x)
	}
	return x
}

func fold(lo, hi int, acc int, op func(int, int) int) int {
	for i := lo; i <= hi; i++ {
		acc = op(acc, i)
	}
	return acc
}

func square(x int) int { return x * x }

func add(a, b int) int { return a + b }

func pick(useSquare bool) func(int) int {
	if useSquare {
		return square
	}
	return func(x int) int { return -x }
}

func main() {
	fmt.Println(apply(square, 7))
	fmt.Println(applyN(func(x int) int { return x*2 + 1 }, 5, 0))
	fmt.Println(fold(1, 10, 0, add))
	fmt.Println(fold(1, 10, 1, func(a, b int) int { return a * b }))
	fmt.Println(apply(pick(true), 9), apply(pick(false), 9))
	var op func(int, int) int
	op = add
	fmt.Println(op(2, 3))
}
