package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	close(ch)
	for i := 0; i < 4; i++ {
		select {
		case v, ok := <-ch:
			fmt.Printf("%d: %q %v\n", i, v, ok)
		}
	}
	var v int
	var ok bool
	nums := make(chan int)
	close(nums)
	select {
	case v, ok = <-nums: // assignment form
	}
	fmt.Println(v, ok)
}
