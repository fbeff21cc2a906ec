// Pins the slices package: Sort/SortFunc/SortStableFunc/BinarySearch(Func)/Contains/Index(Func)/Insert/Delete/DeleteFunc/Compact(Func)/Equal/Compare/Max/Min/Reverse/Clone/Grow/Clip/Concat/Repeat/Replace/IsSorted and iterator helpers.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type P struct {
	N string
	A int
}

func main() {
	s := []int{5, 1, 4, 1, 5, 9, 2, 6}
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(s, c, slices.IsSorted(c), slices.IsSorted(s))
	i, found := slices.BinarySearch(c, 5)
	j, found2 := slices.BinarySearch(c, 3)
	fmt.Println(i, found, j, found2)
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 1), slices.Index(s, 7), slices.IndexFunc(s, func(x int) bool { return x > 5 }), slices.ContainsFunc(s, func(x int) bool { return x < 0 }))
	fmt.Println(slices.Max(s), slices.Min(s), slices.MaxFunc([]string{"bb", "a", "ccc"}, func(a, b string) int { return cmp.Compare(len(a), len(b)) }))
	ins := slices.Insert([]int{1, 2, 3}, 1, 10, 11)
	fmt.Println(ins, slices.Delete(slices.Clone(ins), 1, 3), slices.DeleteFunc(slices.Clone(s), func(x int) bool { return x%2 == 1 }))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.CompactFunc([]string{"a", "A", "b", "B", "c"}, strings.EqualFold))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{}, nil), slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2, 3}, []int{1, 2}), slices.Compare([]int{}, []int{}))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r)
	ps := []P{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}}
	slices.SortStableFunc(ps, func(x, y P) int { return cmp.Compare(x.A, y.A) })
	fmt.Println(ps)
	slices.SortFunc(ps, func(x, y P) int { return strings.Compare(y.N, x.N) })
	fmt.Println(ps)
	k, ok := slices.BinarySearchFunc([]P{{"a", 1}, {"b", 5}, {"c", 9}}, 5, func(p P, t int) int { return cmp.Compare(p.A, t) })
	fmt.Println(k, ok)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11, len(slices.Clip(g)), cap(slices.Clip(g)))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"x", "y"}, 3), slices.Replace([]int{0, 1, 2, 3}, 1, 3, 7, 8, 9))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.IsSortedFunc([]int{3, 2, 1}, func(a, b int) int { return b - a }), slices.MinFunc(ps, func(a, b P) int { return cmp.Compare(a.N, b.N) }))
	fmt.Println(slices.Collect(slices.Values([]int{7, 8})), slices.Sorted(slices.Values([]int{3, 1, 2})))
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Print(i, v, " ")
	}
	for i, v := range slices.Backward([]string{"p", "q"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})), slices.Chunk([]int{1, 2, 3, 4, 5}, 2) != nil)
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(ch, " ")
	}
	fmt.Println()
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.0, 2.0), cmp.Or(0, 0, 3, 4), cmp.Or("", "z"), min(3, 1, 2), max("a", "b"))
}
