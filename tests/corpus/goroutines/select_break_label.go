package main

import "fmt"

func main() {
	ch := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i
		}
		close(quit)
	}()
	total := 0
loop:
	for {
		select {
		case v := <-ch:
			if v == 4 {
				fmt.Println("skipping 4")
				continue loop
			}
			total += v
			fmt.Println("got", v)
		case <-quit:
			fmt.Println("quit")
			break loop
		}
	}
	fmt.Println("total", total)

	// plain break inside select only leaves the select
	n := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			if i == 1 {
				break
			}
			n += 10
		}
		n++
	}
	fmt.Println("n", n)
}
