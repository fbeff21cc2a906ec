package main

import "unsafe"

type S struct {
	a int
	*T
}

type T struct{ f int }

func (S) M() {}

func main() {
	var s S
	var x int
	var p unsafe.Pointer = unsafe.Pointer(&x)
	var q *int = p
	_ = unsafe.Offsetof(x)
	_ = unsafe.Offsetof(s.M)
	_ = unsafe.Offsetof(s.f)
	_ = unsafe.Sizeof(nil)
	_ = unsafe.SliceData(x)
	var f float64 = unsafe.Pointer(&x)
	_, _, _ = q, f, unsafe.Sizeof(1, 2)
}
