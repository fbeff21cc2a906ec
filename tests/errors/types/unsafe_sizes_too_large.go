// A size or offset past what int64 holds is too large for unsafe.Sizeof
// and unsafe.Offsetof; huge values that still fit are constants.
package main

import "unsafe"

type E [1 << 30]complex128

var a [1 << 30]E

var s struct {
	_ [1 << 30]E
	x int
}

type A [1]int

type T [1 << 30][1 << 30]A

var _ = unsafe.Sizeof(a)
var _ = unsafe.Offsetof(s.x)

func main() {
	var e E
	var t T
	var u [1 << 20]T
	const ok = unsafe.Sizeof(e) + unsafe.Sizeof(t)
	_ = unsafe.Sizeof(u)
}
