package main

import "fmt"

func main() {
	n := 1
	defer println("builtin println, n was", n)
	defer print("builtin print ", n, "\n")
	n = 2
	defer fmt.Print("fmt.Print ", n, "\n")
	defer fmt.Println("fmt.Println", n, n == 2)
	n = 3
	println("main body, n =", n)
	fmt.Println("stdout body")
}
