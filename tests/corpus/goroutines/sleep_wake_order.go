package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	delays := []int{90, 30, 60}
	for i, d := range delays {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- fmt.Sprintf("goroutine %d woke after %dms", i, d)
		}()
	}
	for range delays {
		fmt.Println(<-out)
	}
}
