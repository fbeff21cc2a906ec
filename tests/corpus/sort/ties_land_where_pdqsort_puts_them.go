package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

type rec struct {
	key, tag int
}

type byKey []rec

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

var seed uint64 = 42

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

// digest folds the tags' order into one number, so a line shows whether
// two sorts left ties in the same places.
func digest(s []rec) uint64 {
	h := uint64(1469598103934665603)
	for _, r := range s {
		h = (h ^ uint64(r.tag)) * 1099511628211
	}
	return h
}

func make1(n, pattern, keys int) []rec {
	s := make([]rec, n)
	for i := range s {
		var k int
		switch pattern {
		case 0:
			k = int(next() % uint64(keys))
		case 1:
			k = i * keys / (n + 1)
		case 2:
			k = (n - i) * keys / (n + 1)
		case 3:
			k = i % keys
		case 4:
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
			k %= keys
		case 5:
			k = 7
		}
		s[i] = rec{k, i}
	}
	return s
}

func main() {
	sizes := []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 64, 100, 257, 1000, 4099}
	for _, n := range sizes {
		for pattern := 0; pattern < 6; pattern++ {
			for _, keys := range []int{2, 5, 37, 1 << 30} {
				a := make1(n, pattern, keys)
				b := slices.Clone(a)
				c := slices.Clone(a)
				sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
				sort.Sort(byKey(b))
				slices.SortFunc(c, func(x, y rec) int { return x.key - y.key })
				fmt.Println(n, pattern, keys, digest(a), digest(b), digest(c), sort.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key }))
			}
		}
	}
	// A less that answers at random still gets the same calls as Go's.
	for _, n := range []int{13, 50, 300, 3000} {
		a := make1(n, 0, 1000)
		calls := 0
		sort.Slice(a, func(i, j int) bool { calls++; return next()%3 == 0 })
		b := make1(n, 0, 1000)
		sort.Sort(byKey(b))
		fmt.Println("random less", n, calls, digest(a), digest(b))
	}
	// Zeros of both signs and NaNs compare equal among themselves.
	f := []float64{}
	for i := 0; i < 300; i++ {
		switch next() % 4 {
		case 0:
			f = append(f, math.Copysign(0, -1))
		case 1:
			f = append(f, 0)
		case 2:
			f = append(f, math.NaN())
		default:
			f = append(f, float64(next()%5))
		}
	}
	g := slices.Clone(f)
	h := slices.Clone(f)
	sort.Float64s(f)
	slices.Sort(g)
	sort.Sort(sort.Float64Slice(h))
	fmt.Println(f[:40])
	fmt.Println(slices.Equal(f, g), fmt.Sprint(f) == fmt.Sprint(g), fmt.Sprint(f) == fmt.Sprint(h))
	fmt.Println(g[:40])
	fmt.Println(h[:40])
}
