package main

import "fmt"

func main() {
	ch := make(chan string, 5)
	for _, s := range []string{"one", "two", "three", "four", "five"} {
		ch <- s
	}
	for i := 0; i < 5; i++ {
		fmt.Println(<-ch)
	}
	// a buffered channel used as a queue with interleaved ops
	q := make(chan int, 2)
	q <- 1
	q <- 2
	a := <-q
	q <- 3
	b := <-q
	c := <-q
	fmt.Println(a, b, c)
}
