// An interface's methods: declared ones first, then embedded ones, which
// may repeat a method with an identical signature but not another; an
// untyped constant meets an interface as its default type, which must
// implement it.
package main

type M interface{ m() }
type M32 interface{ m() int32 }
type M64 interface{ m() int64 }

type U2 interface {
	m()
	M
}
type U3 interface {
	M
	m()
}
type U4 interface {
	M
	M
}
type U6 interface {
	m()
	m()
}
type U7 interface {
	M32
	m()
}
type U8 interface {
	m()
	M32
}
type U9 interface {
	M32
	M64
}

type Str interface{ String() string }

func f() error { return 0 }
func g() Str   { return "x" }
func h() any   { return 1 }

func main() {}
