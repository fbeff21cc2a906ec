package main

import "fmt"

func main() {
	x := 10
	done := make(chan struct{})
	go func() {
		x += 5 // closure shares x with main
		close(done)
	}()
	<-done
	fmt.Println("x after goroutine:", x)

	msgs := []string{"a", "b", "c"}
	res := make(chan string)
	prefix := "item-"
	go func() {
		for _, m := range msgs {
			res <- prefix + m
		}
		close(res)
	}()
	for s := range res {
		fmt.Println(s)
	}
}
