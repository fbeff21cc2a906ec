package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	fmt.Println(len(ch), cap(ch))
	ch <- 3
	ch <- 4
	fmt.Println(len(ch), cap(ch))
	close(ch)
	fmt.Println(len(ch), cap(ch))
	for v := range ch {
		fmt.Println("got", v, "remaining", len(ch))
	}
	u := make(chan string)
	fmt.Println(len(u), cap(u))
	var n chan int
	fmt.Println(len(n), cap(n))
}
