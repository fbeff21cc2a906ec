// Pins map semantics around NaN and signed-zero float keys (NaN keys never match, -0 overwrites the 0 key), clear, unhashable-key panics on map[any], large insert/delete workloads, and deleting during range.
package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
)

func main() {
	nan := math.NaN()
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0] = 3
	m[math.Copysign(0, -1)] = 4
	fmt.Println(len(m))
	for k, v := range m {
		if k == k {
			fmt.Println("zero key signbit:", math.Signbit(k), v)
		}
	}
	delete(m, nan)
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	c := maps.Clone(m)
	fmt.Println(len(c), maps.Equal(m, c))
	clear(m)
	fmt.Println(len(m), m)
	type K struct {
		f float64
		s string
	}
	mk := map[K]int{{nan, "a"}: 1, {nan, "a"}: 2, {1, "b"}: 3}
	fmt.Println(len(mk), mk[K{1, "b"}])
	mi := map[any]int{}
	mi[nan] = 1
	mi[nan] = 2
	fmt.Println(len(mi))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		mi[[]int{1}] = 3
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var f any = func() {}
		_ = mi[f]
	}()
	vals := slices.Sorted(maps.Values(map[string]int{"a": 3, "b": 1, "c": 2}))
	fmt.Println(vals)
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i*7919%10007] = i
	}
	s := 0
	for k, v := range big {
		s += k ^ v
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), s)
	iters := 0
	mm := map[int]bool{1: true, 2: true, 3: true}
	for k := range mm {
		delete(mm, k)
		iters++
	}
	fmt.Println(iters, len(mm))
}
