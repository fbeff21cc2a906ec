// An unrecovered unsafe.Slice panic: a nil pointer with a length that is
// not zero ends the program with Go's runtime error and exit status 2.
package main

import (
	"fmt"
	"unsafe"
)

func first(p *int, n int) []int {
	return unsafe.Slice(p, n)
}

func main() {
	fmt.Println(len(first(new(int), 1)))
	var p *int
	fmt.Println(first(p, 3))
}
