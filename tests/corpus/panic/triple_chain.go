package main

import "fmt"

func level3() {
	defer func() {
		fmt.Println("level3 defer panics with 3")
		panic(3)
	}()
	panic(1)
}

func level2() {
	defer func() {
		fmt.Println("level2 defer panics with true")
		panic(true)
	}()
	level3()
}

func main() {
	defer fmt.Println("main defer")
	level2()
}
