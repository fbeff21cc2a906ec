// A dot-imported constraint (cmp.Ordered) in the program's own generic
// declarations, and dot-imported generic functions returning iterators.
package main

import (
	. "cmp"
	"fmt"
	. "maps"
	"slices"
)

func largest[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if Compare(x, m) > 0 {
			m = x
		}
	}
	return m
}

type ranked[K Ordered, V any] struct {
	m map[K]V
}

func (r ranked[K, V]) keys() []K {
	return slices.Sorted(Keys(r.m))
}

func main() {
	fmt.Println(largest(3, 7, 5), largest("b", "a"), Or(0, 4, 5), Less(1, 2))
	m := map[string]int{"a": 1, "b": 2}
	total := 0
	for k, v := range All(m) {
		total += len(k) + v
	}
	c := Clone(m)
	c["c"] = 3
	fmt.Println(total, len(c), Equal(m, c), ranked[string, int]{c}.keys())
	DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c, slices.Sorted(Values(m)))
}
