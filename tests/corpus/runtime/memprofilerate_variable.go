// runtime.MemProfileRate is a variable (0 in a program that takes no
// memory profile: Go's linker sets it so); programs set it, update it and
// take its address.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = 512 * 1024
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate += 4096
	p := &runtime.MemProfileRate
	*p *= 2
	fmt.Println(runtime.MemProfileRate, *p)
	rate := runtime.MemProfileRate
	rate++
	fmt.Println(rate, runtime.MemProfileRate)
}
