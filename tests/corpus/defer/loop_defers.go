package main

import "fmt"

func numbers() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("numbers: ")
}

func closures() {
	for i := 0; i < 4; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
	fmt.Print("closures: ")
}

func withArgs() {
	for i := range 4 {
		defer func(sq int) { fmt.Print(i, "^2=", sq, " ") }(i * i)
	}
	fmt.Print("withArgs: ")
}

func whileLoop() {
	n := 0
	for n < 3 {
		defer func() { fmt.Print("n=", n, " ") }()
		n++
	}
	fmt.Print("whileLoop: ")
}

func main() {
	numbers()
	fmt.Println()
	closures()
	fmt.Println()
	withArgs()
	fmt.Println()
	whileLoop()
	fmt.Println()
}
