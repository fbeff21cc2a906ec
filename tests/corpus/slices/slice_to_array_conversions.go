package main

import "fmt"

// Converting a slice to an array copies its first elements (Go 1.20); to a
// pointer to an array it aliases them (Go 1.17); a slice shorter than the
// array panics. Array and struct types also convert in expressions.

type Pair [2]string

type point struct{ X, Y int }

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	p[0] = 9
	a := [3]int(s)
	a[1] = 7
	fmt.Println(s, *p, a, [0]int(s), len((*[4]int)(s)))

	words := []string{"go", "jit", "x"}
	pair := Pair(words[1:])
	fmt.Printf("%v %T\n", pair, pair)

	var none []int
	fmt.Println((*[0]int)(none) == nil, [0]int(none))

	anon := struct{ X, Y int }{1, 2}
	fmt.Println(point(anon), struct{ X, Y int }(point{3, 4}))

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = [5]int(s)
}
