package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}

	ready := make(chan int, 1)
	ready <- 9
	select {
	case v := <-ready:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}

	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "slow result"
	}()
	for i := 0; i < 2; i++ {
		select {
		case s := <-slow:
			fmt.Println(s)
		case <-time.After(50 * time.Millisecond):
			fmt.Println("tick timeout", i)
		}
	}
	fmt.Println(<-slow)
}
