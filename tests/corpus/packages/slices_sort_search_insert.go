package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	Name string
	Qty  int
}

func main() {
	s := []int{5, 2, 8, 2, 9, 1}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	i, ok := slices.BinarySearch(s, 8)
	fmt.Println(i, ok)
	i, ok = slices.BinarySearch(s, 3)
	fmt.Println(i, ok)
	s = slices.Insert(s, i, 3)
	fmt.Println(s)
	s = slices.Insert(s, 0, -1, -2)
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s)
	fmt.Println(slices.Compact(slices.Clone(s)))
	fmt.Println(slices.Index(s, 8), slices.Index(s, 100), slices.Contains(s, 9))
	fmt.Println(slices.IndexFunc(s, func(x int) bool { return x > 4 }), slices.ContainsFunc(s, func(x int) bool { return x < 0 }))
	fmt.Println(slices.Min(s), slices.Max(s))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, s)
	fmt.Println(slices.Equal(s, r), slices.Equal(s, slices.Clone(s)), slices.Compare([]int{1, 2}, []int{1, 3}))
	items := []Item{{"b", 3}, {"a", 3}, {"c", 1}, {"d", 2}}
	slices.SortStableFunc(items, func(x, y Item) int { return cmp.Compare(x.Qty, y.Qty) })
	fmt.Println(items)
	slices.SortFunc(items, func(x, y Item) int {
		return cmp.Or(cmp.Compare(y.Qty, x.Qty), strings.Compare(x.Name, y.Name))
	})
	fmt.Println(items)
	j, found := slices.BinarySearchFunc([]Item{{"a", 1}, {"b", 5}, {"c", 9}}, 5, func(it Item, t int) int { return cmp.Compare(it.Qty, t) })
	fmt.Println(j, found)
	mi := slices.MinFunc(items, func(a, b Item) int { return strings.Compare(a.Name, b.Name) })
	fmt.Println(mi)
	rep := slices.Replace([]int{1, 2, 3, 4}, 1, 3, 7, 8, 9)
	fmt.Println(rep)
	dd := slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(dd)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(slices.Repeat([]string{"a", "b"}, 3))
	cf := slices.CompactFunc([]string{"a", "A", "b", "B", "b"}, strings.EqualFold)
	fmt.Println(cf)
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Clip(make([]int, 2, 10)), cap(slices.Clip(make([]int, 2, 10))))
}
