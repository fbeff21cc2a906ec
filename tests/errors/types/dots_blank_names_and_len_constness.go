// `...` only spreads into a variadic call (not a conversion), blank
// fields and interface methods cannot be named, and len of an array
// literal with a non-constant call in it is no constant.
package main

import "unsafe"

func sum3(int, int, int) int { return 0 }
func tuple() (int, int, int) { return 1, 2, 3 }
func Foo(n int)              {}

type T struct{ _ int }

type I interface {
	_()
	M()
}

func main() {
	var x int
	var z complex128
	_ = sum3(tuple()...)
	_ = unsafe.Pointer(&x...)
	Foo(x...)
	var t T
	_ = t._
	const n9 = len([4]float64{real(z)})
}
