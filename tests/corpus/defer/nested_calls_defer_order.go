package main

import "fmt"

func leaf(depth int) {
	defer fmt.Println("leaf defer", depth)
	fmt.Println("leaf body", depth)
}

func middle(depth int) {
	defer fmt.Println("middle defer A", depth)
	leaf(depth + 1)
	defer fmt.Println("middle defer B", depth)
	leaf(depth + 2)
	fmt.Println("middle body end", depth)
}

func top() int {
	defer fmt.Println("top defer")
	middle(1)
	fmt.Println("top after middle")
	return 7
}

func main() {
	v := top()
	fmt.Println("top returned", v)
}
