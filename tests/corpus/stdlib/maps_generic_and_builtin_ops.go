// Pins the maps package (Keys/Values/All iterators sorted via slices.Sorted, Clone, Copy, Equal, EqualFunc, DeleteFunc, Collect, Insert) plus builtin map ops: delete, clear, comma-ok, len, nil-map reads.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	c := maps.Clone(m)
	c["five"] = 5
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "five")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(c)
	dst := map[string]int{"one": 100, "zero": 0}
	maps.Copy(dst, m)
	fmt.Println(dst)
	fmt.Println(maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold))
	col := maps.Collect(maps.All(map[int]bool{1: true, 2: false}))
	fmt.Println(col)
	ins := map[string]int{}
	maps.Insert(ins, maps.All(m))
	fmt.Println(ins)
	var nilm map[string]int
	v, ok := nilm["x"]
	fmt.Println(v, ok, len(nilm), nilm == nil, maps.Clone(nilm) == nil)
	delete(nilm, "x")
	for k := range nilm {
		fmt.Println("never", k)
	}
	clear(dst)
	fmt.Println(dst, len(dst))
	type key struct {
		a int
		b string
	}
	mk := map[key][]int{{1, "a"}: {1}, {2, "b"}: {2, 2}}
	mk[key{1, "a"}] = append(mk[key{1, "a"}], 10)
	fmt.Println(mk, len(mk[key{3, "c"}]))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	keys := slices.Collect(maps.Keys(counts))
	slices.Sort(keys)
	fmt.Println(string(keys))
	sum := 0
	for k, v := range maps.All(m) {
		sum += v * len(k)
	}
	fmt.Println(sum)
	mi := map[any]int{1: 1, "1": 2, 1.0: 3, true: 4}
	fmt.Println(len(mi), mi[1], mi["1"], mi[1.0], mi[true])
	nested := map[string]map[string]int{"a": {"x": 1}}
	nested["b"] = map[string]int{}
	nested["b"]["y"]++
	fmt.Println(nested)
}
