// Pins user-defined generic helpers (constraint unions with ~, generic Stack, GroupBy, MapSlice) combined with slices.Sorted(maps.Keys), cmp.Or multi-key comparators, SortStableFunc and sort.Search.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func GroupBy[K comparable, V any](xs []V, key func(V) K) map[K][]V {
	m := map[K][]V{}
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

type Celsius float64

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func SortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](10, 20.5), Sum[int64]())
	strs := MapSlice([]int{1, 22, 333}, strconv.Itoa)
	fmt.Printf("%q %T\n", strs, strs)
	lens := MapSlice(strs, func(s string) int { return len(s) })
	fmt.Println(lens)
	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	g := GroupBy(words, func(w string) byte { return w[0] })
	for _, k := range SortedKeys(g) {
		fmt.Printf("%c=%v ", k, g[k])
	}
	fmt.Println()
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	v1, _ := st.Pop()
	v2, _ := st.Pop()
	v3, err := st.Pop()
	fmt.Printf("%s %s %q %v\n", v1, v2, v3, err)
	type pair struct {
		name string
		n    int
	}
	ps := []pair{{"x", 3}, {"y", 1}, {"z", 3}, {"w", 2}}
	slices.SortStableFunc(ps, func(a, b pair) int { return cmp.Or(cmp.Compare(b.n, a.n), strings.Compare(a.name, b.name)) })
	fmt.Println(ps)
	idx := sort.Search(len(ps), func(i int) bool { return ps[i].n <= 2 })
	fmt.Println(idx, ps[idx])
	fmt.Println(slices.IndexFunc(ps, func(p pair) bool { return p.name == "w" }), slices.ContainsFunc(ps, func(p pair) bool { return p.n > 5 }))
	m := map[Celsius]string{30: "hot", -5: "cold", 15: "mild"}
	fmt.Println(SortedKeys(m), m)
}
