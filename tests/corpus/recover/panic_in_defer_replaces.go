package main

import "fmt"

func g() {
	defer func() {
		panic("replacement")
	}()
	panic("original")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		fmt.Println("is replacement:", r == "replacement")
	}()
	g()
}
