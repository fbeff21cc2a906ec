package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	start := make(chan struct{})
	var woke atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start // every waiter is released by a single close
			woke.Add(1)
		}()
	}
	fmt.Println("before close:", woke.Load())
	close(start)
	wg.Wait()
	fmt.Println("after close:", woke.Load())
	// receiving again from the closed channel never blocks
	<-start
	<-start
	fmt.Println("closed channel still readable")
}
