package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("buffer full, sending again")
	ch <- 2
	fmt.Println("unreachable")
}
