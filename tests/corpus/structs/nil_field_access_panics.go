package main

import "fmt"

type inner struct {
	a, b int
	s    string
	z    struct{}
	arr  [4]int
}

type outer struct {
	pad [100]int
	in  *inner
	val inner
}

type embeds struct {
	*inner
	n int
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	var p *inner
	var o *outer
	var e embeds
	good := &outer{in: &inner{a: 1}}
	try("read field", func() { _ = p.b })
	try("write field", func() { p.s = "x" })
	try("read zero-size field", func() { _ = p.z })
	try("address of field", func() { _ = &p.b })
	try("far field", func() { _ = o.val.arr[3] })
	try("write far field", func() { o.val.a = 1 })
	try("through nil field", func() { _ = good.in.b; good.in = nil; _ = good.in.b })
	try("promoted through nil embedded", func() { _ = e.a })
	try("write promoted", func() { e.b = 2 })
	try("op-assign", func() { p.a += 1 })
	try("inc", func() { p.a++ })
	try("array element", func() { p.arr[1] = 5 })
	try("star", func() { *p = inner{} })
	try("read star", func() { v := *p; _ = v })
	try("method value through nil", func() { f := p.get; _ = f })
	a, b := 1, 2
	try("tuple assignment stores before the nil one", func() {
		a, p.a, b = 10, 20, 30
	})
	fmt.Println(a, b)
	q := &inner{a: 7}
	q.a += 3
	q.b++
	q.s += "!"
	q.arr[2] -= 4
	x := q
	x.a, x.b = x.b, x.a
	fmt.Println(*q)
}

func (i inner) get() int { return i.a }
