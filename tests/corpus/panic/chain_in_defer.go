package main

import "fmt"

func main() {
	defer fmt.Println("first-registered defer still runs")
	defer func() {
		fmt.Println("deferred func panics while main is panicking")
		panic("second")
	}()
	fmt.Println("main panics")
	panic("first")
}
