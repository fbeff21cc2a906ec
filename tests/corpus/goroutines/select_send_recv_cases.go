package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
		}
		close(in)
	}()
	results := make(chan []int)
	go func() {
		var got []int
		for v := range out {
			got = append(got, v)
		}
		results <- got
	}()
	// alternate: receive from in, then send to out; only one case can be ready
	pending := []int{}
	inOpen := true
	for inOpen || len(pending) > 0 {
		var sendCh chan int
		var next int
		if len(pending) > 0 {
			sendCh = out
			next = pending[0]
		}
		var recvCh chan int
		if inOpen {
			recvCh = in
		}
		select {
		case v, ok := <-recvCh:
			if !ok {
				inOpen = false
				continue
			}
			pending = append(pending, v*100)
		case sendCh <- next:
			pending = pending[1:]
		}
	}
	close(out)
	fmt.Println(<-results)
}
