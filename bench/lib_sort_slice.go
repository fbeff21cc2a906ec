package main

import (
	"fmt"
	"sort"
)

// Library-bound: sort.Slice over a million ints, then a million strings'
// lengths with sort.SliceStable, and a binary search.

func main() {
	const n = 1_000_000
	a := make([]int, n)
	x := uint64(88172645463325252)
	for i := range a {
		// xorshift64
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		a[i] = int(x % 1_000_000_000)
	}
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
	fmt.Println(sort.SliceIsSorted(a, func(i, j int) bool { return a[i] < a[j] }), a[0], a[n/2], a[n-1])
	type rec struct{ key, order int }
	r := make([]rec, n)
	for i := range r {
		r[i] = rec{a[(i*7919)%n] % 1000, i}
	}
	sort.SliceStable(r, func(i, j int) bool { return r[i].key < r[j].key })
	fmt.Println(r[0], r[n/2], r[n-1])
	i := sort.SearchInts(a, a[n/3])
	fmt.Println(a[i] == a[n/3])
}
