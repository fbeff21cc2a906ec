package main

import "fmt"

func show(label string, v int) {
	fmt.Println(label, v)
}

var calls int

func arg(v int) int {
	calls++
	fmt.Println("evaluating arg", v, "call", calls)
	return v
}

func main() {
	x := 1
	defer show("x at defer time:", x)
	defer fmt.Println("println args fixed:", x, x*10)
	x = 2
	defer show("x after reassign:", x)
	x = 3
	s := "old"
	defer show("len at defer time: "+s, len(s))
	s = "much newer"
	fmt.Println("before arg defer")
	defer show("arg():", arg(7))
	fmt.Println("after arg defer, calls =", calls)
	x = 100
	fmt.Println("main returns with x =", x, "s =", s)
}
