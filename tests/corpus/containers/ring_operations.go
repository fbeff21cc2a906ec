// container/ring: New, Len, Do, Move, Next and Prev both ways, Link of two
// rings and within one, Unlink (modulo the length), the zero Ring and nil.
package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	fmt.Print(r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func fill(n, from int) *ring.Ring {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = from + i
		r = r.Next()
	}
	return r
}

func main() {
	r := fill(6, 0)
	show(r)
	show(r.Move(2))
	show(r.Move(-2))
	show(r.Move(13))
	show(r.Prev())
	s := fill(3, 100)
	after := r.Link(s)
	show(r)
	show(after)
	removed := r.Unlink(2)
	show(r)
	show(removed)
	show(r.Unlink(0))
	show(r.Unlink(r.Len() + 1))
	show(r)
	// Linking a ring to an element of itself cuts out what lies between.
	t := fill(8, 10)
	cut := t.Link(t.Move(3))
	show(t)
	show(cut)
	// The zero Ring is one element; nil has none.
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(5) == &z)
	var n *ring.Ring
	fmt.Println(n.Len(), ring.New(0) == nil, ring.New(-1) == nil)
	n.Do(func(any) { fmt.Println("never") })
	one := ring.New(1)
	one.Value = "x"
	show(one.Link(ring.New(2)))
	show(one)
	sum := 0
	fill(100, 1).Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)
}
