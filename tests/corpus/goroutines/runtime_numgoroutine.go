package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	block := make(chan struct{})
	started := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() {
			started <- struct{}{}
			<-block
		}()
	}
	for i := 0; i < 5; i++ {
		<-started
	}
	fmt.Println("with 5 blocked:", runtime.NumGoroutine())
	close(block)
	// wait for them to exit
	for i := 0; i < 200 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after release:", runtime.NumGoroutine())
}
