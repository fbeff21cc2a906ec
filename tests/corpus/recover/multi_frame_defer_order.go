package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer 1")
	defer fmt.Println("inner defer 2")
	panic("from inner")
}

func middle() {
	defer fmt.Println("middle defer")
	inner()
	fmt.Println("middle: unreachable")
}

func outer() {
	defer func() {
		fmt.Println("outer recovers:", recover())
	}()
	defer fmt.Println("outer defer before recover")
	middle()
	fmt.Println("outer: unreachable")
}

func main() {
	outer()
	fmt.Println("main continues")
}
