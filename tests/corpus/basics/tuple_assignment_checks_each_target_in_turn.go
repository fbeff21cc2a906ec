package main

import "fmt"

// A tuple assignment evaluates its targets' operands first, then assigns
// left to right: a nil pointer, a nil map or an index out of range stops
// it at that target, after the ones before it were assigned.

type P struct{ i int }

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "recovered:", recover())
	}()
	f()
}

var g int

func main() {
	m := map[int]int{}
	var p *int
	try("deref", func() { m[2], *p = 42, 2 })
	fmt.Println(m)
	s := []int{}
	try("index", func() { m[3], s[1] = 3, 2 })
	fmt.Println(m)
	var q *P
	try("field", func() { m[4], q.i = 4, 2 })
	fmt.Println(m)
	var nilmap map[int]int
	a := 0
	pa := &a
	try("nil map", func() { *pa, nilmap[2] = 5, 2 })
	fmt.Println(a)
	try("nil map first", func() { nilmap[0], g = 1, 2 })
	fmt.Println(g)
	type T struct{ x struct{ y int } }
	var x T
	pt := &x
	pt, pt.x.y = new(T), 7
	fmt.Println(x.x.y, pt.x.y)
	y := &P{}
	z := y
	y, y.i = nil, 9
	fmt.Println(z.i, y == nil)
	arr := [3]int{}
	i := 0
	i, arr[i] = 2, 8
	fmt.Println(i, arr)
	try("deep", func() {
		type N struct{ next *N; v int }
		n := &N{}
		m[5], n.next.v = 5, 1
	})
	fmt.Println(m)
}
