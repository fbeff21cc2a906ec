package main

import "fmt"

func main() {
	defer fmt.Println("main's defer runs last")
	func() {
		defer fmt.Println("literal's defer runs when the literal returns")
		fmt.Println("inside literal")
	}()
	fmt.Println("after literal")
	r := func(a int) (out int) {
		defer func() { out += a }()
		return a * 10
	}(4)
	fmt.Println("r =", r)
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("iteration defer", i)
			fmt.Println("iteration body", i)
		}()
	}
	fmt.Println("main end")
}
