package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fibIter(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	for i := 0; i <= 20; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println("fib(25) =", fib(25))
	fmt.Println("fibIter(90) =", fibIter(90))
	fmt.Println("match:", fib(22) == fibIter(22))
}
