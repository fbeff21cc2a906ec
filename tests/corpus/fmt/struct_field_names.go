package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Point
	Label  string
	hidden []string
	Any    any
	err    any
	Err    any
}

func div(a, b int) (r int, e any) {
	defer func() { e = recover() }()
	return a / b, nil
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%+v|%#v|%+d|%#x\n", p, p, p, p)
	fmt.Printf("%+v|%#v\n", &p, &p)
	_, e := div(1, 0)
	n := Named{Point: p, Label: "l", hidden: []string{"h"}, err: e, Err: e}
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)
	fmt.Printf("%s\n%q\n", n, n)
	ps := []Point{{1, 2}}
	fmt.Printf("%+v|%#v\n", ps, ps)
	anon := struct {
		A int
		b string
	}{1, "x"}
	fmt.Printf("%v|%+v|%#v|%T\n", anon, anon, anon, anon)
	fmt.Printf("%T|%T\n", []struct{}{}, struct{ P *Point }{})
	fmt.Printf("%d\n", n)
	fmt.Println(n)
}
