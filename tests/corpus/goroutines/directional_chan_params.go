package main

import "fmt"

func gen(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func double(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func sink(in <-chan int) int {
	s := 0
	for v := range in {
		s += v
	}
	return s
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go gen(a, 5)
	go double(a, b)
	fmt.Println("sum:", sink(b))

	c := make(chan int, 1)
	var sendOnly chan<- int = c
	var recvOnly <-chan int = c
	sendOnly <- 42
	fmt.Println(<-recvOnly)
	fmt.Printf("%T %T %T\n", c, sendOnly, recvOnly)
	fmt.Println(len(recvOnly), cap(sendOnly))
}
