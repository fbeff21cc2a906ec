package main

import "fmt"

func main() {
	out := make(chan int)
	done := make(chan int)
	go func() {
		s := 0
		for v := range out {
			s += v
		}
		done <- s
	}()
	for i := 1; i <= 100; i++ {
		select {
		case out <- i:
		}
	}
	close(out)
	fmt.Println(<-done)

	buf := make(chan int, 3)
	sent := 0
	for i := 0; i < 10; i++ {
		select {
		case buf <- i:
			sent++
		default:
		}
	}
	fmt.Println("sent", sent, "len", len(buf))
}
