package main

import "fmt"

// Blank fields take no part in struct equality: not in ==, not through
// interfaces, not in map keys, not inside arrays.

type T struct {
	_ int
	x int
	_ string
}

type W struct {
	t [2]T
	_ float64
}

func main() {
	a := T{1, 2, "a"}
	b := T{3, 2, "b"}
	c := T{1, 3, "a"}
	fmt.Println(a == b, a == c, a != b)
	var i, j any = a, b
	fmt.Println(i == j)
	m := map[T]int{}
	m[a]++
	m[b]++
	m[c]++
	fmt.Println(len(m), m[T{9, 2, "z"}])
	w1 := W{[2]T{a, c}, 1.5}
	w2 := W{[2]T{b, c}, -2}
	fmt.Println(w1 == w2, [2]T{a, b} == [2]T{b, a})
	mw := map[any]bool{w1: true}
	fmt.Println(mw[w2])
}
