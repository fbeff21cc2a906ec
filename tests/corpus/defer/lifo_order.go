package main

import "fmt"

func say(s string) {
	fmt.Println("deferred", s)
}

func work() {
	fmt.Println("work start")
	defer say("first")
	defer say("second")
	defer say("third")
	fmt.Println("work end")
}

func main() {
	work()
	fmt.Println("after work")
	defer fmt.Println("main deferred 1")
	defer fmt.Println("main deferred 2")
	fmt.Println("main end")
}
