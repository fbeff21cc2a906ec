package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-b // waits for main
		a <- 1
	}()
	fmt.Println("main waits on a, goroutine waits on b")
	<-a
}
