package main

import "fmt"

type pair struct {
	name string
	n    int
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func value(s string) pair {
	fmt.Println("evaluated", s)
	return pair{s, len(s)}
}

func main() {
	ps := make([]pair, 2, 4)
	var nilSlice []pair
	arr := [3]pair{}
	i, neg := 5, -1
	// A store checks its index after the value is computed.
	try("store past len", func() { ps[i] = value("a") })
	try("store past len within cap", func() { ps[2] = value("b") })
	try("store negative", func() { ps[neg] = value("c") })
	try("store nil slice", func() { nilSlice[0] = value("d") })
	try("store array", func() { arr[i-2] = value("e") })
	try("load past len", func() { fmt.Println(ps[i].name) })
	try("load negative", func() { fmt.Println(ps[neg]) })
	try("op-assign past len", func() { ps[i].n += len(value("f").name) })
	ps[0] = value("g")
	ps[1].n = 7
	ps[1].name += "x"
	arr[2] = ps[0]
	q := ps[:4]
	q[3] = pair{"h", 8}
	fmt.Println(ps, q, arr, q[3].n+ps[0].n)
}
