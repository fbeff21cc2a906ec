package main

import (
	"fmt"
	"os"
)

func main() {
	block := make(chan int)
	go func() {
		defer fmt.Println("goroutine defer never runs")
		<-block
	}()
	defer fmt.Println("main defer never runs")
	fmt.Println("exiting with 3")
	os.Exit(3)
}
