package main

import "unsafe"

// An untyped constant that cannot take the other operand's type: Go tries
// the conversion (and reports it failing at the constant) unless one side
// is a boolean or string the other is not, nil, or a pointer (mismatched
// types at the operator).

func main() {
	var p *int
	var s []int
	var m map[int]int
	var f func()
	var u unsafe.Pointer
	var b bool
	_ = p + 1
	_ = s == 1
	_ = 2 < m
	_ = f == "x"
	_ = u + 1
	_ = b + 1
	_ = "a" + b
}
