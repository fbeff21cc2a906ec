package main

import "unsafe"

// `...` spreads only a slice over a variadic parameter: not a
// multi-value call's results, nor into a builtin other than append
// (whose arguments are still used).

func sum(xs ...int) int { return len(xs) }
func three() (int, int, int) { return 1, 2, 3 }

func main() {
	_ = sum(three()...)
	args := []int{1}
	ch := make(chan int)
	close(ch...)
	println(args...)
	n := 2
	_ = make([]int, n...)
	var x int
	_ = unsafe.Sizeof(x...)
	_ = [...]byte("foo")
}
