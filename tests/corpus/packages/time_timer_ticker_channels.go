package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(2 * time.Millisecond)
	count := 0
	for range ticker.C {
		count++
		if count == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", count)
	timeout := time.After(50 * time.Millisecond)
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			sum += v
		case <-timeout:
			fmt.Println("timeout!")
			break loop
		}
	}
	fmt.Println("sum:", sum)
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("reset fired")
	done := make(chan string)
	time.AfterFunc(time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done)
	slow := make(chan int)
	select {
	case <-slow:
		fmt.Println("impossible")
	case <-time.After(3 * time.Millisecond):
		fmt.Println("slow path timed out")
	}
}
