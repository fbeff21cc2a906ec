package main

// Which pointer types have methods: a defined pointer type has none (its
// values still reach the fields), a pointer to an interface has none and
// cannot be embedded; a blank field cannot be named in a literal.

type Shape interface{ Area() float64 }

type Rect struct{ w, h float64 }

func (r *Rect) Area() float64 { return r.w * r.h }

type RectPtr *Rect

type Holder struct {
	*Shape
}

type Padded struct {
	_ int
	n int
}

func main() {
	var p RectPtr = &Rect{2, 3}
	println(p.w, p.Area())
	var s Shape = &Rect{1, 1}
	ps := &s
	println(ps.Area())
	_ = Padded{_: 1, n: 2}
}
