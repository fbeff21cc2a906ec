package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case ch <- 5:
		fmt.Println("sent 5")
	default:
		fmt.Println("send would block")
	}
	select {
	case ch <- 6:
		fmt.Println("sent 6")
	default:
		fmt.Println("buffer full")
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	unbuf := make(chan int)
	select {
	case unbuf <- 1:
		fmt.Println("no receiver?!")
	default:
		fmt.Println("no receiver waiting")
	}
	select {
	default:
		fmt.Println("only default")
	}
}
