package main

import (
	"fmt"
	"sync"
)

func main() {
	work := make(chan int)
	partial := make(chan int)
	var wg sync.WaitGroup
	for c := 0; c < 5; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for v := range work {
				s += v
			}
			partial <- s
		}()
	}
	go func() {
		for i := 1; i <= 1000; i++ {
			work <- i
		}
		close(work)
	}()
	go func() {
		wg.Wait()
		close(partial)
	}()
	total, parts := 0, 0
	for p := range partial {
		total += p
		parts++
	}
	fmt.Println("parts:", parts, "total:", total)
}
