package main

import "fmt"

func main() {
	defer fmt.Println("deferred print still runs")
	a, b := 3, 4
	println("stderr before panic")
	panic(a > b || a == 3)
}
