package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Fib yields the Fibonacci numbers below limit.
func Fib(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for a, b := 0, 1; a < limit; a, b = b, a+b {
			if !yield(a) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

type Inventory struct {
	items map[string]int
}

func (inv *Inventory) All() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(inv.items)) {
			if !yield(k, inv.items[k]) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Fib(100)))
	words := slices.Collect(Map(Fib(30), func(n int) string { return strings.Repeat("*", n%5) }))
	fmt.Printf("%q\n", words)
	for i, v := range Enumerate(Fib(10)) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	inv := &Inventory{items: map[string]int{"pear": 3, "apple": 7, "fig": 0}}
	for name, n := range inv.All() {
		if n == 0 {
			continue
		}
		fmt.Println(name, n)
	}
	counts := maps.Collect(inv.All())
	fmt.Println(len(counts), counts["apple"])
	doubled := map[string]int{}
	maps.Insert(doubled, inv.All())
	fmt.Println(doubled)

	var seq iter.Seq[int] = Fib(5)
	fmt.Printf("%T %d\n", seq, len(slices.Collect(seq)))
	total := 0
	for v := range slices.Values([]int{4, 5, 6}) {
		total += v
	}
	fmt.Println(total)
	sorted := slices.SortedFunc(slices.Values([]string{"bb", "a", "ccc"}), func(a, b string) int { return len(b) - len(a) })
	fmt.Println(sorted)
}
