package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main deferred")
	func() {
		defer fmt.Println("inner deferred")
		runtime.Goexit()
	}()
	fmt.Println("unreachable")
}
