// An invalid part of a type is reported once, where it is written: not
// again as a failed conversion, an impossible assertion or a method of the
// wrong type (a function type used as a value still is, at its paren); a
// keyed element whose index is invalid takes no place in the literal. A
// name repeated on the left of := is Go's own error.
package main

type I interface{ m() int }

type T int

var _ I = T(0)

func (T) m(buf []byte) (a int, b missing1) { return 0, nil }

func F() any { return nil }

var _ = F().(*missing2)

var f = func(...missing3)

func main() {
	_ = [...]int(4)
	_ = [0]int{-1: 50}
	x, x := 1, 2
	_ = x
}
