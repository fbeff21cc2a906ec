// Pins sort: Ints/Strings/Float64s (with NaN), Slice, SliceStable, Sort/Stable with custom Interface, Reverse, IsSorted*, Search/SearchInts/SearchStrings/SearchFloat64s, Find, IntSlice methods.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, -3, 9, 0, 2, 100, -50}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 2), sort.SearchInts(ints, 3), sort.SearchInts(ints, 1000))
	strs := []string{"pear", "Apple", "banana", "apple", "", "Zebra"}
	sort.Strings(strs)
	fmt.Printf("%q %v %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "b"))
	fl := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s([]float64{1, 2, 3}, 2.5))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Fay", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	ps2 := append([]Person(nil), people...)
	sort.Stable(sort.Reverse(ByAge(ps2)))
	fmt.Println(ps2)
	ps3 := []Person{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Sort(ByAge(ps3))
	fmt.Println(ps3, sort.IsSorted(ByAge(ps3)))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words, sort.SliceIsSorted(words, func(i, j int) bool { return len(words[i]) < len(words[j]) }))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	i, found := sort.Find(len(ints), func(i int) int {
		if 9 < ints[i] {
			return -1
		} else if 9 == ints[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Len(), is.Search(2), sort.StringSlice{"b", "a"}.Len())
	ss := sort.StringSlice{"c", "a", "b"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(ss)
	fs := sort.Float64Slice{2, 1}
	fs.Sort()
	fmt.Println(fs)
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Ints(big)
	fmt.Println(big[:10], big[190:], sort.IntsAreSorted(big))
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.SearchInts(empty, 1))
}
