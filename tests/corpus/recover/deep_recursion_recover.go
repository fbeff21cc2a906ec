package main

import "fmt"

var unwound int

func descend(n int) int {
	defer func() { unwound++ }()
	if n == 0 {
		panic("hit bottom")
	}
	return descend(n-1) + 1
}

func top(depth int) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = "recovered at top"
		}
	}()
	descend(depth)
	return "no panic"
}

func main() {
	fmt.Println(top(10), unwound)
	unwound = 0
	fmt.Println(top(10000), unwound)
	unwound = 0
	fmt.Println(top(100000), unwound)
}
