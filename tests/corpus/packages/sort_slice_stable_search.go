package main

import (
	"fmt"
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
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	asc := []int{1, 3, 5, 7, 9}
	for _, x := range []int{0, 1, 4, 9, 10} {
		fmt.Print(sort.SearchInts(asc, x), " ")
	}
	fmt.Println()
	idx := sort.Search(len(asc), func(i int) bool { return asc[i] >= 6 })
	fmt.Println(idx)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	i, found := sort.Find(len(asc), func(i int) int {
		if 7 < asc[i] {
			return -1
		} else if 7 == asc[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
	ss := sort.StringSlice{"z", "y", "x"}
	ss.Sort()
	fmt.Println(ss, ss.Search("y"))
	fmt.Println(sort.IsSorted(ByAge(people)), sort.SliceIsSorted(asc, func(i, j int) bool { return asc[i] < asc[j] }))
}
