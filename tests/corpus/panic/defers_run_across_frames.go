package main

import "fmt"

func c() {
	defer fmt.Println("c defer")
	var z int
	fmt.Println("c divides", 1/z)
}

func b() {
	defer fmt.Println("b defer 1")
	defer func() { fmt.Println("b defer 2, no recover here") }()
	c()
	fmt.Println("b after c (unreachable)")
}

func a() {
	defer fmt.Println("a defer")
	b()
}

func main() {
	defer println("main defer via builtin println")
	a()
}
