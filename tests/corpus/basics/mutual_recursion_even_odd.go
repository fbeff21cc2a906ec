package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func collatz(n int) int {
	if n == 1 {
		return 0
	}
	if n%2 == 0 {
		return 1 + collatz(n/2)
	}
	return 1 + collatz(3*n+1)
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	moves++
	return moves + hanoi(n-1, via, to, from)
}

func main() {
	fmt.Println(isEven(10), isOdd(10), isEven(7), isOdd(7), isEven(10001))
	fmt.Println(collatz(27), collatz(97), collatz(1))
	fmt.Println("hanoi 10:", hanoi(10, "A", "C", "B"))
}
