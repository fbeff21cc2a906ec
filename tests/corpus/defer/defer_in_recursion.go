package main

import "fmt"

func countdown(n int) {
	if n == 0 {
		fmt.Println("bottom")
		return
	}
	defer fmt.Println("unwind", n)
	fmt.Println("descend", n)
	countdown(n - 1)
}

func sumDefer(n int) (total int) {
	if n == 0 {
		return 0
	}
	defer func() { total += n }()
	return sumDefer(n - 1)
}

func main() {
	countdown(4)
	fmt.Println("sumDefer(100) =", sumDefer(100))
	fmt.Println("sumDefer(2000) =", sumDefer(2000))
}
