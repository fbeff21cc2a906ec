package main

import "fmt"

func main() {
	// each link doubles then adds its index
	const n = 10
	leftmost := make(chan int)
	left := leftmost
	for i := 0; i < n; i++ {
		right := make(chan int)
		l := left // capture this link's left end; `left` itself is reassigned below
		go func() {
			v := <-right
			l <- v*2 + i
		}()
		left = right
	}
	go func(c chan int) { c <- 1 }(left)
	fmt.Println(<-leftmost)
}
