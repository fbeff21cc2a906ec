package main

import (
	"fmt"
	"time"
)

func main() {
	started := make(chan struct{})
	go func() {
		close(started)
		time.Sleep(time.Hour)
		fmt.Println("never printed")
	}()
	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	<-started
	fmt.Println("main returns without waiting")
}
