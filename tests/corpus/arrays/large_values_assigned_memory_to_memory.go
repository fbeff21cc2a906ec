package main

import "fmt"

type Grid [1 << 22]int32

var g1, g2 Grid

type Holder struct {
	n    int
	grid Grid
}

func main() {
	g1[7] = 70
	g2 = g1
	g1[7] = 1
	fmt.Println(g2[7], g1[7])

	var a Grid
	a[3] = 30
	h := &Holder{n: 1}
	h.grid = a
	a[3] = 0
	fmt.Println(h.grid[3], a[3])

	a = h.grid
	fmt.Println(a[3])

	a = Grid{1, 2, a[3]}
	fmt.Println(a[0], a[1], a[2], a[3])

	g1 = Grid{5: g1[7]}
	fmt.Println(g1[5], g1[7])

	var p *Holder
	defer func() { fmt.Println("recovered:", recover()) }()
	a = p.grid
}
