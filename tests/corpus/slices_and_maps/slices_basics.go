package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	s := []int{5, 2, 8, 2, 9, 1}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	i, found := slices.BinarySearch(s, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(s, 3)
	fmt.Println(i, found)
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 2), slices.Index(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s))
	fmt.Println(slices.Compact(s), len(s))
	s = slices.Insert(s, 1, 100, 101)
	fmt.Println(s, len(s), cap(s))
	s = slices.Delete(s, 0, 2)
	fmt.Println(s, len(s))
	c := slices.Clone(s)
	slices.Reverse(c)
	fmt.Println(c, s, slices.Equal(c, s))
	fmt.Println(slices.Clone([]int(nil)) == nil)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	idx := slices.IndexFunc(people, func(p Person) bool { return strings.HasPrefix(p.Name, "C") })
	fmt.Println(idx, people[idx])
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest)

	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	for i, v := range slices.Backward([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.5), cmp.Or("", "dflt"))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(ch, len(ch), cap(ch), ";")
	}
	fmt.Println()
	m2 := maps.Clone(m)
	m2["q"] = 17
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 15 })
	fmt.Println(slices.Sorted(maps.Keys(m2)))
	fmt.Printf("%T\n", maps.Keys(m))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2, 3}, []int{1, 2}))
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }))
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 9, 9, 9))
}
