package main

import "fmt"

func worker(id int, out chan<- string) {
	out <- fmt.Sprintf("worker %d done", id)
}

func main() {
	ch := make(chan string)
	go worker(1, ch)
	fmt.Println(<-ch)
	go worker(2, ch)
	fmt.Println(<-ch)
	done := make(chan bool)
	go func() {
		fmt.Println("in anonymous goroutine")
		done <- true
	}()
	<-done
	fmt.Println("main exits")
}
