package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("main starts")
	go func() {
		panic("goroutine failure")
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("unreachable: the panic kills the whole program")
}
