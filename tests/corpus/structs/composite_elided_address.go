package main

import "fmt"

type Point struct{ X, Y int }

type Pair struct {
	A, B *Point
}

type T1 struct {
	next *T2
	n    int
}

type T2 T1

func main() {
	ps := []*Point{{1, 2}, {X: 3}, nil, {}}
	for i, p := range ps {
		if p == nil {
			fmt.Println(i, "nil")
			continue
		}
		fmt.Println(i, *p)
	}
	ps[0].X = 10
	fmt.Println(ps[0].X, ps[1].X)

	m := map[string]*Point{"a": {5, 6}}
	m["a"].Y++
	fmt.Println(*m["a"])

	km := map[*Point]string{{1, 1}: "one"}
	for k, v := range km {
		fmt.Println(*k, v)
	}

	arr := [2]*Pair{{A: &Point{1, 1}}, {B: &Point{2, 2}}}
	fmt.Println(arr[0].A.X, arr[0].B == nil, arr[1].B.Y)

	nested := [][]*Point{{{7, 8}}, {{9, 10}, {11, 12}}}
	fmt.Println(*nested[1][1], len(nested[1]))

	// Each elided &T is a distinct variable.
	two := []*Point{{}, {}}
	fmt.Println(two[0] != two[1])

	var t T1
	t.n = 1
	t.next = &T2{n: 2}
	u := T1(*t.next)
	fmt.Println(t.n, u.n, u.next == nil)
}
