package main

import "fmt"

func main() {
	caught := 0
	handler := func() {
		if r := recover(); r != nil {
			caught++
			fmt.Println("handler caught", r, "total", caught)
		}
	}
	run := func(v int) {
		defer handler()
		if v > 0 {
			panic(v)
		}
		fmt.Println("no panic for", v)
	}
	run(0)
	run(5)
	run(7)
	fmt.Println("caught", caught)
}
