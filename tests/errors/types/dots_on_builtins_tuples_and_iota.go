// ... after a builtin's arguments, or after a multi-value call, is Go's
// error (the arguments still count as used); a builtin named as a
// statement must be called; iota exists only in constant declarations.
package main

import "unsafe"

func sum(args ...int) int { return 0 }

func tuple() (int, int, int) { return 1, 2, 3 }

func f(args ...int) {
	_ = sum(tuple()...)
	print(1, args...)
	ch := make(chan int)
	close(ch...)
	n := 10
	_ = make([]byte, n...)
	var x int
	_ = unsafe.Sizeof(x...)
	cap
	_ = iota
}

func main() {}
