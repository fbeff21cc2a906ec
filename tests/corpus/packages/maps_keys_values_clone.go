package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	c := maps.Clone(m)
	c["four"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "four")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	dst := map[string]int{"one": 100, "zero": 0}
	maps.Copy(dst, m)
	fmt.Println(dst)
	fmt.Println(maps.EqualFunc(m, map[string]string{"one": "1", "two": "2", "three": "3"}, func(a int, b string) bool {
		return fmt.Sprint(a) == b
	}))
	var nilm map[string]int
	fmt.Println(maps.Clone(nilm) == nil, len(maps.Clone(nilm)))
	coll := maps.Collect(maps.All(map[int]string{1: "a", 2: "b"}))
	fmt.Println(coll)
	ins := map[string]int{}
	maps.Insert(ins, maps.All(m))
	fmt.Println(ins)
	sum := 0
	for k, v := range maps.All(m) {
		sum += v + len(k)
	}
	fmt.Println(sum)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%c=%d ", k, counts[k])
	}
	fmt.Println()
	grouped := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "d", "eee"} {
		grouped[len(w)] = append(grouped[len(w)], w)
	}
	for _, k := range slices.Sorted(maps.Keys(grouped)) {
		fmt.Println(k, grouped[k])
	}
	v, ok := m["missing"]
	fmt.Println(v, ok)
	clear(m)
	fmt.Println(len(m), m)
}
