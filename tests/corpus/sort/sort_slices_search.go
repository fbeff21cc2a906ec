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

func main() {
	a := []int{5, 2, 8, -1, 2, 9, 0}
	sort.Ints(a)
	fmt.Println(a, sort.IntsAreSorted(a), sort.SearchInts(a, 2), sort.SearchInts(a, 3), sort.SearchInts(a, 100))
	s := []string{"pear", "apple", "fig", "Banana", ""}
	sort.Strings(s)
	fmt.Printf("%q %v %d\n", s, sort.StringsAreSorted(s), sort.SearchStrings(s, "fig"))
	f := []float64{2.5, math.NaN(), -1, math.Inf(1), 0}
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f), sort.SearchFloat64s(f, 1))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Name > people[j].Name }))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	calls := 0
	sort.Search(1000, func(i int) bool { calls++; return i >= 777 })
	fmt.Println(calls)
	big := make([]int, 0, 1000)
	for i := 0; i < 1000; i++ {
		big = append(big, (i*7919)%1000)
	}
	sort.Slice(big, func(i, j int) bool { return big[i] < big[j] })
	fmt.Println(big[0], big[500], big[999], sort.IntsAreSorted(big))
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
