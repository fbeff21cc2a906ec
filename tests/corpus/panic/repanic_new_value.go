package main

import "fmt"

func worker() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("worker recovered:", r)
			panic("wrapped: " + "worker failed")
		}
	}()
	panic("disk full")
}

func main() {
	defer fmt.Println("main defer")
	worker()
}
