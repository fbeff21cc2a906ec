package main

import "fmt"

type T struct{ x int }

func pair() (*int, int) { return nil, 42 }

func main() {
	// Pointer indirections on the left are evaluated before any assignment.
	p := new(int)
	q := p
	p, *p = pair()
	fmt.Println(p == nil, *q)

	t := &T{}
	u := t
	t, t.x = nil, 7
	fmt.Println(t == nil, u.x)

	var i interface{} = true
	b := new(bool)
	c := b
	b, *b = i.(*bool)
	fmt.Println(b == nil, *c)

	defer func() { fmt.Println("recovered:", recover()) }()
	var np *int
	*np, np = 1, new(int)
}
