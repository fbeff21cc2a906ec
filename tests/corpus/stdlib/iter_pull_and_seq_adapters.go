// Pins the iter package with range-over-func: custom iter.Seq/Seq2 generators, early break, and composition with slices/maps helpers.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (stopped at", i, ")")
				return
			}
		}
	}
}

func filter[T any](s iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i*10, v) {
				return
			}
		}
	}
}

func main() {
	for v := range count(3) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range count(10) {
		if v == 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(slices.Collect(filter(count(10), func(x int) bool { return x%3 == 0 })))
	for i, s := range enumerate([]string{"a", "b", "c"}) {
		fmt.Print(i, s, ";")
	}
	fmt.Println()
	m := maps.Collect(enumerate([]string{"x", "y"}))
	fmt.Println(m)
	for range 3 {
		fmt.Print("r")
	}
	fmt.Println()
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum, slices.Sorted(maps.Keys(map[int]bool{3: true, 1: true, 2: false})))
}
