package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(r)
	}()
	panic("E1")
}

func wrap() {
	defer func() {
		r := recover()
		fmt.Println("wrap recovered:", r)
		panic("E2 after " + "E1")
	}()
	inner()
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
		fmt.Println("then nil:", recover())
	}()
	wrap()
}
