package main

import "fmt"

func compute() (n int) {
	defer fmt.Println("earlier defer sees n =", n)
	defer func() { fmt.Println("closure sees n =", n) }()
	defer panic("deferred panic")
	n = 5
	fmt.Println("compute returns normally")
	return n * 2
}

func main() {
	v := compute()
	fmt.Println("never:", v)
}
