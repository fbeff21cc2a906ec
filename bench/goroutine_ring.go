package main

import "fmt"

// A token passes around a ring of 100,000 goroutines, ten times.
func main() {
	const n = 100000
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	total := 0
	for lap := 0; lap < 10; lap++ {
		first <- lap
		total += <-in
	}
	close(first)
	<-in
	fmt.Println(total)
}
