// A pointer made from a small integer faults like a nil pointer: Go turns a
// fault below address 0x1000 into the nil dereference panic. Output printed
// before the fault is not lost.
package main

import (
	"fmt"
	"unsafe"
)

type header struct {
	a, b, c int
}

func main() {
	fmt.Println("before the fault")
	p := (*header)(unsafe.Pointer(uintptr(8)))
	fmt.Println(p.c)
}
