package main

import (
	"fmt"
	"runtime"
)

func inner(log chan<- string) {
	defer func() { log <- "inner defer" }()
	runtime.Goexit()
	log <- "unreachable after Goexit"
}

func main() {
	log := make(chan string, 10)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			log <- fmt.Sprintf("outer defer, recover=%v", recover())
		}()
		inner(log)
		log <- "unreachable in outer"
	}()
	<-done
	close(log)
	for s := range log {
		fmt.Println(s)
	}
	fmt.Println("main continues")
}
