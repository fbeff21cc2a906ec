package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Emp struct {
	Dept string
	Name string
	Age  int
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 1), cmp.Compare(3, 3))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare("b", "a"), cmp.Compare("", ""))
	fmt.Println(cmp.Compare(1.5, 1.25), cmp.Less(1.5, 2.0), cmp.Less("z", "a"))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Less(nan, 1.0), cmp.Less(1.0, nan))
	fmt.Println(cmp.Compare(math.Inf(-1), nan))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "default"), cmp.Or("set", "default"), cmp.Or[int]())
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min("b", "a"), max(1.5, 2.5))
	emps := []Emp{{"eng", "zed", 30}, {"ops", "amy", 25}, {"eng", "bob", 30}, {"eng", "cat", 22}, {"ops", "dan", 40}}
	slices.SortFunc(emps, func(a, b Emp) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Age, b.Age),
			cmp.Compare(a.Name, b.Name),
		)
	})
	for _, e := range emps {
		fmt.Println(e.Dept, e.Name, e.Age)
	}
	fs := []float64{3, nan, -1, math.Inf(1), 0}
	slices.SortFunc(fs, cmp.Compare[float64])
	fmt.Println(fs)
	fs2 := []float64{3, nan, -1, 2}
	slices.Sort(fs2)
	fmt.Println(fs2)
	type port struct{ p int }
	name := cmp.Or(func() string { return "" }(), "fallback")
	fmt.Println(name)
	fmt.Println(cmp.Or(port{}, port{8080}))
}
